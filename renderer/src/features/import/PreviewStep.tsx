import { Button, Callout, Flex, Heading, Text } from '@radix-ui/themes';
import { CircleCheck, FileUp, Info } from 'lucide-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '@shared/domain/import';
import type { ApiError } from '../../lib/api';
import { type ChosenFile, formatSize } from './file';
import { EncodingChoice, FileSettings } from './FileSettings';
import type { Delimiter, Detection, Encoding } from './importTypes';
import type { ImportField } from './mappingMemory';
import { MappingTable, MappingWarnings, SampleTable } from './MappingTable';
import { PlanCounts, PlanRows } from './PlanTable';
import { ApiErrorCallout } from '../../components/ApiErrorCallout';

/** The second step: what Rapport read from the file and what it will do row by row, with every setting changeable. */
export function PreviewStep({
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

      <FileSettings preview={preview} updating={updating} chosenEncoding={chosenEncoding} onEncoding={onEncoding} onDelimiter={onDelimiter} />

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
        <ApiErrorCallout error={runError} title={t('import.runFailed')} />
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
