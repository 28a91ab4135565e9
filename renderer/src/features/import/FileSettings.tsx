import { Badge, Button, Callout, Flex, Select, Spinner, Text } from '@radix-ui/themes';
import { CircleAlert } from 'lucide-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { IMPORT_DELIMITERS, IMPORT_ENCODINGS, type ImportPreview } from '@shared/domain/import';
import type { Delimiter, Detection, Encoding } from './importTypes';

const DELIMITER_NAMES: Record<Delimiter, 'comma' | 'semicolon' | 'tab' | 'pipe'> = { ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'pipe' };

/** How Rapport read the file (encoding, delimiter), each changeable; re-previewing shows a spinner beside them. */
export function FileSettings({
  preview,
  updating,
  chosenEncoding,
  onEncoding,
  onDelimiter,
}: {
  preview: ImportPreview;
  updating: boolean;
  chosenEncoding: Encoding | undefined;
  onEncoding: (encoding: Encoding) => void;
  onDelimiter: (delimiter: Delimiter) => void;
}) {
  const { t } = useTranslation();
  const ids = useId();
  return (
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
  );
}

/** When the engine cannot tell the code page, each candidate's first lines side by side: people see which is right. */
export function EncodingChoice({ detection, current, onPick, disabled }: { detection: Detection; current: Encoding; onPick: (e: Encoding) => void; disabled: boolean }) {
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
