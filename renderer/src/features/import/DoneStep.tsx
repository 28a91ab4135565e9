import { Button, Callout, Flex, Heading, Text } from '@radix-ui/themes';
import { CircleCheck, Undo2 } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { ImportPreview, ImportResult } from '@shared/domain/import';
import { PlanCounts, PlanRows } from './PlanTable';

/** After the run: what was written, the rows left out, and the one-click undo. */
export function DoneStep({
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
