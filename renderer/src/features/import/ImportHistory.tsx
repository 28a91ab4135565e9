import { Badge, Button, Dialog, Flex, Spinner, Table, Text } from '@radix-ui/themes';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { CircleAlert, History, Undo2 } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import type { ImportHistoryEntry } from '@shared/domain/import';
import { type ApiError, call } from '../../lib/api';
import { ApiErrorCallout } from '../../components/ApiErrorCallout';

/** "Past imports": opens the import history. Self-contained, like ImportButton, so any screen can place it. */
export function ImportHistoryButton({ className, variant = 'ghost' }: { className?: string; variant?: 'soft' | 'ghost' }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant={variant} color="gray" className={className} onClick={() => setOpen(true)}>
        <History size={16} aria-hidden /> {t('importHistory.open')}
      </Button>
      <ImportHistoryDialog open={open} onOpenChange={setOpen} />
    </>
  );
}

export function ImportHistoryDialog({ open, onOpenChange }: { open: boolean; onOpenChange: (open: boolean) => void }) {
  const { t } = useTranslation();
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Content maxWidth="1040px" size="4" aria-describedby={undefined}>
        <Dialog.Title size="6" mb="1">
          {t('importHistory.title')}
        </Dialog.Title>
        <Text as="p" size="2" color="gray" mb="4">
          {t('importHistory.description')}
        </Text>
        {open && <HistoryList />}
        <Flex justify="end" mt="4">
          <Dialog.Close>
            <Button variant="soft" color="gray">
              {t('importHistory.close')}
            </Button>
          </Dialog.Close>
        </Flex>
      </Dialog.Content>
    </Dialog.Root>
  );
}

function HistoryList() {
  const { t } = useTranslation();
  const history = useQuery<ImportHistoryEntry[], ApiError>({ queryKey: ['imports.history', {}], queryFn: () => call('imports.history', {}) });
  if (history.isPending) {
    return (
      <Flex align="center" gap="2" role="status">
        <Spinner /> <Text size="2">{t('common.loading')}</Text>
      </Flex>
    );
  }
  if (history.isError) {
    return (
      <ApiErrorCallout error={history.error} icon={false} />
    );
  }
  if (history.data.length === 0) return <Text color="gray">{t('importHistory.empty')}</Text>;
  return (
    <div className="import-history" role="region" aria-label={t('importHistory.listLabel')}>
      <Table.Root size="2" variant="surface">
        <Table.Header>
          <Table.Row>
            <Table.ColumnHeaderCell>{t('importHistory.when')}</Table.ColumnHeaderCell>
            <Table.ColumnHeaderCell>{t('importHistory.file')}</Table.ColumnHeaderCell>
            <Table.ColumnHeaderCell>{t('importHistory.what')}</Table.ColumnHeaderCell>
            <Table.ColumnHeaderCell>{t('importHistory.who')}</Table.ColumnHeaderCell>
            <Table.ColumnHeaderCell className="import-history-undo">{t('importHistory.undoColumn')}</Table.ColumnHeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {history.data.map((entry) => (
            <HistoryRow key={entry.id} entry={entry} />
          ))}
        </Table.Body>
      </Table.Root>
    </div>
  );
}

function HistoryRow({ entry }: { entry: ImportHistoryEntry }) {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const undo = useMutation<{ removed: number; restored: number }, ApiError, void>({
    mutationFn: () => call('imports.undo', { importId: entry.id }),
    onSuccess: (value) => toast.success(t('import.undone', value)),
    onError: (failure) => toast.error(t('import.undoFailed', { message: failure.message })),
    onSettled: () => void client.invalidateQueries({ predicate: (query) => query.queryKey[0] !== 'app.info' && query.queryKey[0] !== 'imports.preview' }),
  });
  const when = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(entry.at));
  const { counts } = entry;
  const what =
    entry.kind === 'purchases'
      ? t('importHistory.purchases', { count: counts.created })
      : t('importHistory.customers', { created: counts.created, updated: counts.updated });
  const others = entry.touched - entry.touchedNames.length;
  return (
    <Table.Row data-testid="import-history-row" data-undone={entry.undoneAt ? true : undefined}>
      <Table.RowHeaderCell>
        <Text size="2">{when}</Text>
      </Table.RowHeaderCell>
      <Table.Cell>
        <Text weight="medium">{entry.fileName}</Text>
      </Table.Cell>
      <Table.Cell>
        <Text size="2">{what}</Text>
        {counts.failed > 0 && (
          <Text as="div" size="1" color="gray">
            {t('importHistory.failed', { count: counts.failed })}
          </Text>
        )}
      </Table.Cell>
      <Table.Cell>
        <Text size="2">
          {/* the customers an undone import created are gone: only their number is left */}
          {entry.touchedNames.length === 0
            ? entry.touched > 0
              ? t('importHistory.touched', { count: entry.touched })
              : '—'
            : `${entry.touchedNames.join(', ')}${others > 0 ? ` ${t('importHistory.andMore', { count: others })}` : ''}`}
        </Text>
      </Table.Cell>
      <Table.Cell className="import-history-undo">
        {entry.undoneAt ? (
          <Badge color="gray" variant="soft">
            <Undo2 size={12} aria-hidden />{' '}
            {t('importHistory.undoneOn', { date: new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' }).format(new Date(entry.undoneAt)) })}
          </Badge>
        ) : entry.undoBlockers.length > 0 ? (
          <Flex direction="column" gap="1" className="import-history-blocked">
            <Flex align="center" gap="1">
              <CircleAlert size={14} aria-hidden className="import-history-blocked-icon" />
              <Text size="2" weight="medium">
                {t('importHistory.cannotUndo')}
              </Text>
            </Flex>
            {entry.undoBlockers.map((reason) => (
              <Text key={reason} size="1" color="gray">
                {reason}
              </Text>
            ))}
          </Flex>
        ) : (
          <Button
            size="1"
            variant="soft"
            color="red"
            loading={undo.isPending}
            onClick={() => undo.mutate()}
            aria-label={t('importHistory.undoLabel', { name: entry.fileName })}
          >
            <Undo2 size={14} aria-hidden /> {t('importHistory.undo')}
          </Button>
        )}
      </Table.Cell>
    </Table.Row>
  );
}
