import { Button, Callout, Flex, Spinner, Text } from '@radix-ui/themes';
import { CircleAlert, FileSearch, Upload } from 'lucide-react';
import { type DragEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../lib/api';
import { ImportHistoryButton } from './ImportHistory';
import { JobProgress } from './JobProgress';

/** The first step: a drop zone and a file button; while the engine reads the file, its progress and a Stop button. */
export function ChooseStep({
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
