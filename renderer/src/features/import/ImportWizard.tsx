import { Badge, Button, Callout, Dialog, Flex, Heading, Progress, Select, Spinner, Text } from '@radix-ui/themes';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { CircleAlert, CircleCheck, FileSearch, FileUp, Info, Undo2, Upload } from 'lucide-react';
import { type DragEvent, type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import {
  IMPORT_DELIMITERS,
  IMPORT_ENCODINGS,
  type ImportPreview,
  type ImportResult,
} from '../../../../shared/domain/import';
import { type ApiError, call, onEvent } from '../../lib/api';
import { type ChosenFile, FileTooBig, formatSize, readChosenFile } from './file';
import { ImportHistoryButton } from './ImportHistory';
import { type ImportField, type Mapping, forgetMapping, recallMapping, rememberMapping, sameMapping } from './mappingMemory';
import { MappingTable, MappingWarnings, SampleTable } from './MappingTable';
import { PlanCounts, PlanRows } from './PlanTable';
import './import.css';

type Encoding = (typeof IMPORT_ENCODINGS)[number];
type Delimiter = (typeof IMPORT_DELIMITERS)[number];
type Step = 'choose' | 'preview' | 'done';

interface Options {
  encoding?: Encoding;
  delimiter?: Delimiter;
  mapping?: Mapping;
}

/** What the automatic detection said about a file, kept once the user picks an encoding (the engine then stops offering alternatives). */
interface Detection {
  encoding: Encoding;
  confidence: ImportPreview['encodingConfidence'];
  sample: string;
  alternatives: ImportPreview['encodingAlternatives'];
}

const DELIMITER_NAMES: Record<Delimiter, 'comma' | 'semicolon' | 'tab' | 'pipe'> = { ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'pipe' };

/**
 * The import wizard: choose a file (dialog or drag-and-drop), check what Rapport read and what it will do row by
 * row, run it (one transaction), and undo it in one click afterwards. The file's bytes go to the engine, never a path.
 */
export function ImportWizard({ open, onOpenChange }: { open: boolean; onOpenChange: (open: boolean) => void }) {
  const { t } = useTranslation();
  const busy = useRef(false);
  return (
    <Dialog.Root open={open} onOpenChange={(next) => (next || !busy.current) && onOpenChange(next)}>
      <Dialog.Content maxWidth="1120px" size="4" className="import-dialog" aria-describedby={undefined}>
        {/* Remounted on every open, so each import starts from the file step. */}
        {open && <Wizard onClose={() => onOpenChange(false)} busy={busy} title={<Dialog.Title size="6" mb="1">{t('import.title')}</Dialog.Title>} />}
      </Dialog.Content>
    </Dialog.Root>
  );
}

function Wizard({ onClose, busy, title }: { onClose: () => void; busy: React.MutableRefObject<boolean>; title: ReactNode }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [file, setFile] = useState<ChosenFile | null>(null);
  const [reading, setReading] = useState<string | null>(null);
  const [readError, setReadError] = useState<string | null>(null);
  const [options, setOptions] = useState<Options>({});
  const [detection, setDetection] = useState<Detection | null>(null);
  const [remembered, setRemembered] = useState(false);
  const [result, setResult] = useState<{ value: ImportResult; plan: ImportPreview } | null>(null);
  const checkedLayouts = useRef(new Set<string>());
  const runToast = useRef<string | number | null>(null);

  const preview = useQuery<ImportPreview, ApiError>({
    queryKey: ['imports.preview', file?.token ?? 0, options],
    queryFn: () => call('imports.preview', { fileName: file!.name, dataBase64: file!.dataBase64, ...options }),
    enabled: file !== null && result === null,
    // keep showing this file's last preview while a changed setting is re-previewed; never another file's
    placeholderData: (previous, previousQuery) => (previousQuery?.queryKey[1] === file?.token ? previous : undefined),
    staleTime: Infinity,
    gcTime: 0,
  });
  const data = preview.data;

  // Once per file: what detection said, and a mapping remembered for this layout.
  useEffect(() => {
    if (!data || preview.isPlaceholderData) return;
    if (options.encoding === undefined && options.delimiter === undefined && options.mapping === undefined) {
      setDetection({
        encoding: data.encoding,
        confidence: data.encodingConfidence,
        sample: data.sample.slice(0, 3).map((cells) => cells.join(data.delimiter)).join('\n'),
        alternatives: data.encodingAlternatives,
      });
    }
    const layout = JSON.stringify(data.headers);
    if (options.mapping === undefined && !checkedLayouts.current.has(layout)) {
      checkedLayouts.current.add(layout);
      const stored = recallMapping(data.headers);
      if (stored && !sameMapping(stored, data.mapping)) {
        setOptions((current) => ({ ...current, mapping: stored }));
        setRemembered(true);
      }
    }
  }, [data, preview.isPlaceholderData, options]);

  const request = () => ({ fileName: file!.name, dataBase64: file!.dataBase64, ...options });

  const undo = useMutation<{ removed: number; restored: number }, ApiError, string>({
    mutationFn: (importId) => call('imports.undo', { importId }),
    onSuccess: (value) => {
      if (runToast.current !== null) toast.dismiss(runToast.current);
      toast.success(t('import.undone', value));
      void client.invalidateQueries({ predicate: (query) => query.queryKey[0] !== 'app.info' });
    },
    onError: (failure) => toast.error(t('import.undoFailed', { message: failure.message })),
  });

  const run = useMutation<ImportResult, ApiError, void>({
    mutationFn: () => call('imports.run', request()),
    onSuccess: (value) => {
      setResult({ value, plan: data! });
      void client.invalidateQueries({ predicate: (query) => query.queryKey[0] !== 'app.info' && query.queryKey[0] !== 'imports.preview' });
      runToast.current = toast.success(t('import.toast', { name: file!.name, created: value.created, updated: value.updated }), {
        duration: 15_000,
        action: { label: t('import.toastUndo'), onClick: () => undo.mutate(value.importId) },
      });
    },
  });
  busy.current = run.isPending || undo.isPending;

  const choose = async (chosen: File | undefined) => {
    if (!chosen) return;
    setReadError(null);
    setReading(chosen.name);
    try {
      const next = await readChosenFile(chosen);
      setOptions({});
      setDetection(null);
      setRemembered(false);
      checkedLayouts.current.clear();
      setFile(next);
    } catch (failure) {
      setReadError(failure instanceof FileTooBig ? t('import.tooBig', { name: chosen.name, size: formatSize(chosen.size) }) : t('import.unreadable', { name: chosen.name }));
    } finally {
      setReading(null);
    }
  };

  const step: Step = result ? 'done' : data ? 'preview' : 'choose';
  const analysing = file !== null && preview.isFetching;
  const stopped = preview.error?.code === 'cancelled';
  const refused = preview.error && !data && !stopped ? preview.error : null;

  // Stopped while reading a new file: back to choosing one, as before it was chosen.
  useEffect(() => {
    if (stopped && !data) setFile(null);
  }, [stopped, data]);

  return (
    <Flex direction="column" gap="4">
      <Flex justify="between" align="start" gap="4" wrap="wrap">
        <div>
          {title}
          <Text as="p" size="2" color="gray">
            {t('import.description')}
          </Text>
        </div>
        <Steps step={step} />
      </Flex>

      {step === 'choose' && (
        <ChooseStep
          onFile={choose}
          busy={reading !== null || analysing}
          analysing={reading === null && analysing}
          busyText={reading ? t('import.reading', { name: reading }) : t('import.analysing')}
          error={readError}
          refused={refused}
          refusedName={file?.name}
          onCancel={() => {
            if (analysing) void call('jobs.cancel', {}); // no one is waiting for this plan any more
            onClose();
          }}
        />
      )}

      {step === 'preview' && data && file && (
        <PreviewStep
          file={file}
          preview={data}
          updating={preview.isFetching}
          detection={detection}
          remembered={remembered}
          chosenEncoding={options.encoding}
          onEncoding={(encoding) => setOptions({ encoding, delimiter: options.delimiter })}
          onDelimiter={(delimiter) => setOptions({ encoding: options.encoding, delimiter })}
          onField={(header, field) => {
            // own keys only: a column named "constructor" must not pick up Object.prototype's
            const mapping: Mapping = Object.fromEntries(data.headers.map((h) => [h, h === header ? field : Object.hasOwn(data.mapping, h) ? data.mapping[h]! : 'ignore']));
            rememberMapping(data.headers, mapping);
            setRemembered(false);
            setOptions({ ...options, mapping });
          }}
          onForget={() => {
            forgetMapping(data.headers);
            setRemembered(false);
            setOptions({ encoding: options.encoding, delimiter: options.delimiter });
          }}
          onAnother={() => {
            setFile(null);
            setOptions({});
            setDetection(null);
          }}
          running={run.isPending}
          runError={run.error}
          onRun={() => run.mutate()}
          onCancel={onClose}
        />
      )}

      {step === 'done' && result && (
        <DoneStep
          fileName={file!.name}
          result={result.value}
          plan={result.plan}
          undoing={undo.isPending}
          undone={undo.data ?? null}
          onUndo={() => undo.mutate(result.value.importId)}
          onClose={onClose}
        />
      )}
    </Flex>
  );
}

function Steps({ step }: { step: Step }) {
  const { t } = useTranslation();
  const steps: Step[] = ['choose', 'preview', 'done'];
  const index = steps.indexOf(step);
  return (
    <ol className="import-steps" aria-label={t('import.stepsLabel')}>
      {steps.map((s, i) => (
        <li key={s} aria-current={s === step ? 'step' : undefined} data-state={i < index ? 'past' : i === index ? 'current' : 'future'}>
          <span className="import-step-number" aria-hidden>
            {i + 1}
          </span>
          {t(`import.steps.${s}`)}
        </li>
      ))}
    </ol>
  );
}

function ChooseStep({
  onFile,
  busy,
  analysing,
  busyText,
  error,
  refused,
  refusedName,
  onCancel,
}: {
  onFile: (file: File | undefined) => void;
  busy: boolean;
  /** The engine is reading and planning the chosen file (shows its progress and a Stop button). */
  analysing: boolean;
  busyText: string;
  error: string | null;
  refused: ApiError | null;
  refusedName: string | undefined;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);

  const onDrag = (event: DragEvent) => {
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    setOver(true);
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    if (!busy) onFile(event.dataTransfer.files[0]);
  };

  return (
    <>
      <div
        className="import-drop"
        data-over={over || undefined}
        role="group"
        aria-label={t('import.dropZoneLabel')}
        onDragEnter={onDrag}
        onDragOver={onDrag}
        onDragLeave={(event) => {
          if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setOver(false);
        }}
        onDrop={onDrop}
      >
        {analysing ? (
          <JobProgress
            jobId="imports.preview"
            waiting={busyText}
            counting={(done, total) => t('import.analysingProgress', { percent: Math.round((100 * done) / total) })}
            label={t('import.analysingLabel')}
            stop={t('import.stopReading')}
          />
        ) : busy ? (
          <Flex direction="column" align="center" gap="3" role="status">
            <Spinner size="3" />
            <Text size="3">{busyText}</Text>
          </Flex>
        ) : (
          <Flex direction="column" align="center" gap="3">
            <Upload size={36} strokeWidth={1.5} aria-hidden className="accent-icon" />
            <Text size="4" weight="medium">
              {over ? t('import.dropActive') : t('import.drop')}
            </Text>
            <Button size="3" onClick={() => input.current?.click()} autoFocus>
              <FileSearch size={18} aria-hidden /> {t('import.choose')}
            </Button>
            <Text size="2" color="gray" align="center">
              {t('import.dropHint')}
            </Text>
          </Flex>
        )}
        <input
          ref={input}
          type="file"
          accept=".csv,.txt,.tsv"
          className="import-file-input"
          aria-label={t('import.fileInput')}
          tabIndex={-1}
          onChange={(event) => {
            onFile(event.target.files?.[0]);
            event.target.value = ''; // the same file can be chosen again after fixing it
          }}
        />
      </div>

      {(error || refused) && (
        <Callout.Root color="red" role="alert" variant="surface">
          <Callout.Icon>
            <CircleAlert size={18} />
          </Callout.Icon>
          <Flex direction="column" gap="1">
            <Text as="p" weight="bold">
              {t('import.refused')}
            </Text>
            <Text as="p" size="2">
              {error ?? (refused!.code === 'invalid-request' ? refused!.message : `${t(`errors.title.${refused!.code}`)}: ${refused!.message}`)}
            </Text>
            {refused && refusedName && !error && (
              <Text as="p" size="2" color="gray">
                {t('import.chooseAnother')}
              </Text>
            )}
          </Flex>
        </Callout.Root>
      )}

      <Flex justify="between" gap="3" className="import-footer">
        <ImportHistoryButton />
        <Button variant="soft" color="gray" onClick={onCancel}>
          {t('import.cancel')}
        </Button>
      </Flex>
    </>
  );
}

function PreviewStep({
  file,
  preview,
  updating,
  detection,
  remembered,
  chosenEncoding,
  onEncoding,
  onDelimiter,
  onField,
  onForget,
  onAnother,
  running,
  runError,
  onRun,
  onCancel,
}: {
  file: ChosenFile;
  preview: ImportPreview;
  updating: boolean;
  detection: Detection | null;
  remembered: boolean;
  chosenEncoding: Encoding | undefined;
  onEncoding: (encoding: Encoding) => void;
  onDelimiter: (delimiter: Delimiter) => void;
  onField: (header: string, field: ImportField) => void;
  onForget: () => void;
  onAnother: () => void;
  running: boolean;
  runError: ApiError | null;
  onRun: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const ids = useId();
  const writes = preview.counts.created + preview.counts.updated;

  const planSection = (
    <section aria-labelledby={`${ids}-plan`} className="import-section">
      <Heading as="h3" size="4" id={`${ids}-plan`} mb="2">
        {t('import.plan')}
      </Heading>
      <PlanCounts counts={preview.counts} kind={preview.kind} />
      <PlanRows rows={preview.rows} counts={preview.counts} />
    </section>
  );
  const columnsSection = (
    <section aria-labelledby={`${ids}-cols`} className="import-section">
      <Heading as="h3" size="4" id={`${ids}-cols`} mb="1">
        {t('import.columns')}
      </Heading>
      <Text as="p" size="2" color="gray" mb="2">
        {t('import.columnsHint')}
      </Text>
      {remembered && (
        <Callout.Root color="blue" size="1" mb="2">
          <Callout.Icon>
            <Info size={16} />
          </Callout.Icon>
          <Callout.Text>
            {t('import.remembered')}{' '}
            <Button variant="ghost" size="1" onClick={onForget}>
              {t('import.forget')}
            </Button>
          </Callout.Text>
        </Callout.Root>
      )}
      <MappingWarnings warnings={preview.mappingWarnings} />
      <MappingTable preview={preview} onField={onField} disabled={updating} />
    </section>
  );
  // a layout is worth checking first only when a column is unmapped or ambiguous, not when every column mapped well
  const layoutUnclear = preview.mappingWarnings.some((w) => w.kind === 'unmapped' || w.kind === 'ambiguous');

  if (running) return <RunningImport />;

  return (
    <>
      <Flex align="center" justify="between" gap="3" wrap="wrap" className="import-file-bar">
        <Flex align="center" gap="2">
          <FileUp size={18} aria-hidden />
          <Text weight="medium">{file.name}</Text>
          <Text size="2" color="gray">
            {formatSize(file.size)}
          </Text>
        </Flex>
        <Button variant="ghost" onClick={onAnother}>
          {t('import.chooseAnother')}
        </Button>
      </Flex>

      {preview.format ? (
        <Callout.Root color="green" size="1">
          <Callout.Icon>
            <CircleCheck size={16} />
          </Callout.Icon>
          <Callout.Text>
            <Text weight="bold">{t('import.recognised', { label: preview.format.label })}</Text> — {t('import.recognisedHint')}
          </Callout.Text>
        </Callout.Root>
      ) : layoutUnclear ? (
        <Callout.Root color="amber" size="1">
          <Callout.Icon>
            <Info size={16} />
          </Callout.Icon>
          <Callout.Text>
            <Text weight="bold">{t('import.unknown')}</Text> — {t('import.unknownHint')}
          </Callout.Text>
        </Callout.Root>
      ) : preview.mappingWarnings.length === 0 ? (
        <Callout.Root color="green" size="1">
          <Callout.Icon>
            <CircleCheck size={16} />
          </Callout.Icon>
          <Callout.Text>
            <Text weight="bold">{t('import.allMapped')}</Text> — {t('import.allMappedHint')}
          </Callout.Text>
        </Callout.Root>
      ) : null /* a mapping that loses data says so above its columns, which then come first */}

      <section aria-label={t('import.fileFacts')}>
        <Flex gap="5" wrap="wrap" align="end">
          <Flex direction="column" gap="1">
            <Text as="label" size="2" weight="medium" id={`${ids}-enc`}>
              {t('import.encoding')}
            </Text>
            <Flex align="center" gap="2">
              <Select.Root value={preview.encoding} onValueChange={(value) => onEncoding(value as Encoding)} disabled={updating}>
                <Select.Trigger aria-labelledby={`${ids}-enc`} className="import-select-wide" />
                <Select.Content position="popper">
                  {IMPORT_ENCODINGS.map((encoding) => (
                    <Select.Item key={encoding} value={encoding}>
                      {t(`import.encodings.${encoding}`)}
                    </Select.Item>
                  ))}
                </Select.Content>
              </Select.Root>
              {!chosenEncoding && (
                <Badge color={preview.encodingConfidence === 'unsure' ? 'amber' : 'gray'} variant="soft">
                  {t(`import.confidence.${preview.encodingConfidence}`)}
                </Badge>
              )}
            </Flex>
          </Flex>
          <Flex direction="column" gap="1">
            <Text as="label" size="2" weight="medium" id={`${ids}-del`}>
              {t('import.delimiter')}
            </Text>
            <Select.Root value={preview.delimiter} onValueChange={(value) => onDelimiter(value as Delimiter)} disabled={updating}>
              <Select.Trigger aria-labelledby={`${ids}-del`} />
              <Select.Content position="popper">
                {IMPORT_DELIMITERS.map((delimiter) => (
                  <Select.Item key={delimiter} value={delimiter}>
                    {t(`import.delimiters.${DELIMITER_NAMES[delimiter]}`)}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select.Root>
          </Flex>
          {updating && (
            <Flex align="center" gap="2" role="status" pb="2">
              <Spinner />
              <Text size="2" color="gray">
                {t('import.updating')}
              </Text>
            </Flex>
          )}
        </Flex>
      </section>

      {detection?.confidence === 'unsure' && detection.alternatives.length > 0 && (
        <EncodingChoice detection={detection} current={preview.encoding} onPick={onEncoding} disabled={updating} />
      )}

      {/* a layout with anything to check (a column left out, data that would be lost) shows its columns first; else its plan */}
      {preview.mappingWarnings.length === 0 ? (
        <>
          {planSection}
          {columnsSection}
        </>
      ) : (
        <>
          {columnsSection}
          {planSection}
        </>
      )}

      <section aria-labelledby={`${ids}-sample`} className="import-section">
        <Heading as="h3" size="4" id={`${ids}-sample`} mb="1">
          {t('import.sample')}
        </Heading>
        <Text as="p" size="2" color="gray" mb="2">
          {t('import.sampleHint')}
        </Text>
        <SampleTable sample={preview.sample} />
      </section>

      {runError && (
        <Callout.Root color="red" role="alert">
          <Callout.Icon>
            <CircleAlert size={16} />
          </Callout.Icon>
          <Callout.Text>
            <Text weight="bold">{t('import.runFailed')}</Text> {runError.message}
          </Callout.Text>
        </Callout.Root>
      )}

      <Flex justify="between" align="center" gap="3" className="import-footer">
        <Text size="2" color="gray">
          {preview.counts.failed > 0 ? t('import.errorsLeftOut', { count: preview.counts.failed }) : ''}
        </Text>
        <Flex gap="3">
          <Button variant="soft" color="gray" onClick={onCancel}>
            {t('import.cancel')}
          </Button>
          <Button onClick={onRun} disabled={writes === 0 || updating}>
            {writes === 0 ? t('import.nothingToDo') : t(preview.kind === 'purchases' ? 'import.runPurchases' : 'import.run', { count: writes })}
          </Button>
        </Flex>
      </Flex>
    </>
  );
}

/** When the engine cannot tell the code page, each candidate's first lines side by side: people see which is right. */
function EncodingChoice({ detection, current, onPick, disabled }: { detection: Detection; current: Encoding; onPick: (e: Encoding) => void; disabled: boolean }) {
  const { t } = useTranslation();
  const candidates = [{ encoding: detection.encoding, sample: detection.sample }, ...detection.alternatives];
  return (
    <Callout.Root color="amber" variant="surface" role="group" aria-label={t('import.unsureTitle')}>
      <Callout.Icon>
        <CircleAlert size={18} />
      </Callout.Icon>
      <Flex direction="column" gap="2" width="100%">
        <Text weight="bold">{t('import.unsureTitle')}</Text>
        <Text size="2">{t('import.unsureBody')}</Text>
        <div className="import-encodings">
          {candidates.map(({ encoding, sample }) => (
            <div key={encoding} className="import-encoding" data-current={encoding === current || undefined}>
              <Flex justify="between" align="center" gap="2" mb="1">
                <Text size="2" weight="bold">
                  {t(`import.encodings.${encoding}`)}
                </Text>
                {encoding === current ? (
                  <Badge color="teal">{t('import.inUse')}</Badge>
                ) : (
                  <Button size="1" variant="soft" disabled={disabled} onClick={() => onPick(encoding)} aria-label={t('import.useEncoding', { encoding: t(`import.encodings.${encoding}`) })}>
                    {t('import.useThis')}
                  </Button>
                )}
              </Flex>
              <pre className="import-encoding-sample">{sample}</pre>
            </div>
          ))}
        </div>
      </Flex>
    </Callout.Root>
  );
}


function DoneStep({
  fileName,
  result,
  plan,
  undoing,
  undone,
  onUndo,
  onClose,
}: {
  fileName: string;
  result: ImportResult;
  plan: ImportPreview;
  undoing: boolean;
  undone: { removed: number; restored: number } | null;
  onUndo: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const failedRows = plan.rows.filter((row) => row.action === 'error').sort((a, b) => a.line - b.line);
  return (
    <>
      <Callout.Root color={undone ? 'gray' : 'green'} size="2" role="status" aria-label={t('import.doneLabel')}>
        <Callout.Icon>{undone ? <Undo2 size={18} /> : <CircleCheck size={18} />}</Callout.Icon>
        <Flex direction="column" gap="2">
          <Text weight="bold" size="4">
            {undone ? t('import.undone', undone) : t('import.doneTitle')}
          </Text>
          {!undone && <Text size="2">{t('import.doneBody', { name: fileName })}</Text>}
          <PlanCounts counts={result} kind={plan.kind} done />
        </Flex>
      </Callout.Root>

      {failedRows.length > 0 && !undone && (
        <section aria-label={t('import.leftOut')}>
          <Heading as="h3" size="3" mb="2">
            {t('import.leftOut')}
          </Heading>
          <PlanRows rows={failedRows} counts={{ created: 0, updated: 0, merged: 0, skipped: 0, failed: result.failed }} />
        </section>
      )}

      <Flex justify="between" gap="3" className="import-footer">
        {!undone ? (
          <Button variant="soft" color="red" onClick={onUndo} loading={undoing}>
            <Undo2 size={16} aria-hidden /> {t('import.undo')}
          </Button>
        ) : (
          <span />
        )}
        <Button onClick={onClose} autoFocus disabled={undoing}>
          {t('import.close')}
        </Button>
      </Flex>
    </>
  );
}


/** While the engine writes: how far it is, and a way to stop it (nothing is kept). */
function RunningImport() {
  const { t } = useTranslation();
  return (
    <JobProgress
      jobId="imports.run"
      className="import-running"
      waiting={t('import.running')}
      counting={(done, total) => t('import.runningProgress', { done, total })}
      label={t('import.progressLabel')}
      stop={t('import.stop')}
    />
  );
}

/**
 * How far an engine job has got (its job.progress events) with a Stop button (jobs.cancel): a large file takes
 * seconds to read and to write, and the user can see it move and change their mind.
 */
function JobProgress({
  jobId,
  className,
  waiting,
  counting,
  label,
  stop,
}: {
  jobId: 'imports.preview' | 'imports.run';
  className?: string;
  waiting: string;
  counting: (done: number, total: number) => string;
  label: string;
  stop: string;
}) {
  const { t } = useTranslation();
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [stopping, setStopping] = useState(false);
  useEffect(() => onEvent('job.progress', (event) => event.jobId === jobId && event.total !== null && setProgress({ done: event.done, total: event.total })), [jobId]);
  const percent = progress && progress.total > 0 ? Math.round((100 * progress.done) / progress.total) : null;
  return (
    <Flex direction="column" align="center" justify="center" gap="3" className={className} role="status">
      {percent === null ? <Spinner size="3" /> : <Progress value={percent} size="3" style={{ width: 320 }} aria-label={label} />}
      <Text size="3">{percent === null ? waiting : counting(progress!.done, progress!.total)}</Text>
      <Button
        variant="soft"
        color="gray"
        disabled={stopping}
        onClick={() => {
          setStopping(true);
          void call('jobs.cancel', {});
        }}
      >
        {stopping ? t('import.stopping') : stop}
      </Button>
    </Flex>
  );
}
