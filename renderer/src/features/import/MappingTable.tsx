import { Callout, Flex, Select, Table, Text } from '@radix-ui/themes';
import { CircleAlert, Info } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { IMPORT_FIELDS, type ImportPreview, type MappingWarning } from '@shared/domain/import';
import type { ImportField } from './mappingMemory';

/** The mapping step's parts: how each column is read, what the engine warns about it, and a sample of the file. */

/** What the engine found worth pointing out about the mapping: data that would be lost first, then left-out columns. */
export function MappingWarnings({ warnings }: { warnings: MappingWarning[] }) {
  const { t } = useTranslation();
  if (warnings.length === 0) return null;
  const quoted = (headers: string[]) => headers.map((h) => `“${h}”`).join(', ');
  const text = (w: MappingWarning) =>
    w.kind === 'duplicate'
      ? t('import.warnings.duplicate', { headers: quoted(w.headers), field: t(`import.fields.${w.field}`) })
      : w.kind === 'overlap'
        ? t('import.warnings.overlap', { fullName: quoted(w.headers.slice(0, 1)), others: quoted(w.headers.slice(1)) })
        : t(`import.warnings.${w.kind}`, { headers: quoted(w.headers), count: w.headers.length });
  const loss = warnings.filter((w) => w.kind === 'duplicate' || w.kind === 'overlap');
  const left = warnings.filter((w) => w.kind === 'unmapped' || w.kind === 'ambiguous');
  return (
    <Flex direction="column" gap="2" mb="2">
      {loss.length > 0 && (
        <Callout.Root color="red" size="1" role="alert" data-testid="mapping-data-loss">
          <Callout.Icon>
            <CircleAlert size={16} />
          </Callout.Icon>
          <Flex direction="column" gap="1">
            <Text size="2" weight="bold">
              {t('import.dataLossTitle')}
            </Text>
            {loss.map((w) => (
              <Text key={w.kind + w.headers.join()} size="2">
                {text(w)}
              </Text>
            ))}
          </Flex>
        </Callout.Root>
      )}
      {left.length > 0 && (
        <Callout.Root color="amber" size="1" data-testid="mapping-left-out">
          <Callout.Icon>
            <Info size={16} />
          </Callout.Icon>
          <Flex direction="column" gap="1">
            {left.map((w) => (
              <Text key={w.kind} size="2">
                {text(w)}
              </Text>
            ))}
          </Flex>
        </Callout.Root>
      )}
    </Flex>
  );
}

export function MappingTable({ preview, onField, disabled }: { preview: ImportPreview; onField: (header: string, field: ImportField) => void; disabled: boolean }) {
  const { t } = useTranslation();
  const fields = IMPORT_FIELDS.filter((f) => f !== 'ignore');
  const flagged = new Set(preview.mappingWarnings.filter((w) => w.kind === 'duplicate' || w.kind === 'overlap').flatMap((w) => w.headers));
  const example = (index: number) => preview.sample.slice(1).map((cells) => cells[index] ?? '').find((value) => value.trim() !== '') ?? '';
  return (
    <div className="import-mapping">
      {preview.headers.map((header, index) => {
        const field = Object.hasOwn(preview.mapping, header) ? preview.mapping[header]! : 'ignore';
        const warned = flagged.has(header);
        return (
          <div key={`${header}-${index}`} className="import-mapping-item" data-ignored={field === 'ignore' || undefined} data-warning={warned || undefined}>
            <Text size="2" weight="medium" className="import-mapping-header" title={header}>
              {header || `#${index + 1}`}
            </Text>
            <Select.Root value={field} onValueChange={(value) => onField(header, value as ImportField)} disabled={disabled} size="2">
              <Select.Trigger aria-label={t('import.fieldFor', { header })} variant={field === 'ignore' ? 'soft' : 'surface'} color={field === 'ignore' ? 'gray' : undefined} />
              <Select.Content position="popper">
                <Select.Item value="ignore">{t('import.fields.ignore')}</Select.Item>
                <Select.Separator />
                {fields.map((f) => (
                  <Select.Item key={f} value={f}>
                    {t(`import.fields.${f}`)}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select.Root>
            <Text size="1" color="gray" className="import-mapping-example" title={example(index)}>
              {example(index) || '—'}
            </Text>
          </div>
        );
      })}
    </div>
  );
}

export function SampleTable({ sample }: { sample: string[][] }) {
  const { t } = useTranslation();
  const [head, ...body] = sample;
  if (!head) return null;
  return (
    <div className="import-sample" tabIndex={0} role="region" aria-label={t('import.sampleLabel')}>
      <Table.Root size="1" variant="surface">
        <Table.Header>
          <Table.Row>
            {head.map((cell, i) => (
              <Table.ColumnHeaderCell key={i}>{cell}</Table.ColumnHeaderCell>
            ))}
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {body.map((cells, r) => (
            <Table.Row key={r}>
              {head.map((_, i) => (
                <Table.Cell key={i}>{cells[i] ?? ''}</Table.Cell>
              ))}
            </Table.Row>
          ))}
        </Table.Body>
      </Table.Root>
    </div>
  );
}
