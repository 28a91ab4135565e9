import { Button, DropdownMenu, Flex, IconButton, Text } from '@radix-ui/themes';
import { Ban, FileText, Tag, Trash2, X } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import type { ConsentMedium, CustomerRow } from '@shared/domain/customer';
import { isApiError } from '../../lib/api';
import { addTag, deleteCustomers, markDoNotContact, recordConsent, removeTag, restoreCustomers } from './bulk';
import { useNavigation } from '../shell/navigation';
import { ConsentDialog, DeleteDialog, TagDialog } from './SelectionDialogs';

/** The bar shown while rows are selected: do-not-contact, tags, consent and delete (undoable) for all of them. */
export function SelectionActions({ rows, onClear }: { rows: CustomerRow[]; onClear: () => void }) {
  const { t } = useTranslation();
  const [tagging, setTagging] = useState<'add' | 'remove' | null>(null);
  const [consenting, setConsenting] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const { openDocuments } = useNavigation();
  const count = rows.length;

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
    } catch (error) {
      toast.error(t('customers.bulkFailed'), { description: isApiError(error) ? error.message : String(error) });
    } finally {
      setBusy(false);
    }
  };

  const dnc = () =>
    run(async () => {
      const changed = await markDoNotContact(rows);
      toast.success(t('customers.bulk.dncDone', { count: changed }));
    });

  const tag = (value: string) =>
    run(async () => {
      const removing = tagging === 'remove';
      const changed = removing ? await removeTag(rows, value) : await addTag(rows, value);
      setTagging(null);
      toast.success(t(removing ? 'customers.bulk.untagDone' : 'customers.bulk.tagDone', { count: changed, tag: value }));
    });

  const consent = (value: { medium: ConsentMedium; status: 'granted' | 'withdrawn'; evidence: string }) =>
    run(async () => {
      const changed = await recordConsent(rows, value);
      setConsenting(false);
      toast.success(t('customers.bulk.consentDone', { count: changed }));
    });

  const remove = () =>
    run(async () => {
      const { deleted, undoId } = await deleteCustomers(rows.map((row) => row.id));
      setConfirming(false);
      onClear();
      if (!undoId) return;
      toast(t('customers.bulk.deleted', { count: deleted }), {
        duration: 15_000,
        action: {
          label: t('customers.bulk.undo'),
          onClick: () =>
            void restoreCustomers(undoId).then(
              (restored) => toast.success(t('customers.bulk.restored', { count: restored })),
              (error: unknown) => toast.error(t('customers.bulkFailed'), { description: isApiError(error) ? error.message : String(error) }),
            ),
        },
      });
    });

  return (
    <Flex align="center" gap="2" className="customers-selection" role="group" aria-label={t('customers.bulk.label')}>
      <Text size="2" weight="medium" data-testid="customers-selected">
        {t('customers.bulk.selected', { count })}
      </Text>
      <IconButton size="1" variant="ghost" color="gray" onClick={onClear} aria-label={t('customers.bulk.clear')}>
        <X size={14} aria-hidden />
      </IconButton>
      <Button size="2" variant="soft" disabled={busy} onClick={() => openDocuments({ customerIds: rows.map((row) => row.id) })}>
        <FileText size={16} aria-hidden />
        {t('documents.writeLetters')}
      </Button>
      <Button size="2" variant="soft" disabled={busy} onClick={dnc}>
        <Ban size={16} aria-hidden />
        {t('customers.bulk.dnc')}
      </Button>
      <DropdownMenu.Root>
        <DropdownMenu.Trigger>
          <Button size="2" variant="soft" disabled={busy}>
            <Tag size={16} aria-hidden />
            {t('customers.bulk.change')}
            <DropdownMenu.TriggerIcon />
          </Button>
        </DropdownMenu.Trigger>
        <DropdownMenu.Content>
          <DropdownMenu.Item onSelect={() => setTagging('add')}>{t('customers.bulk.tag')}</DropdownMenu.Item>
          <DropdownMenu.Item onSelect={() => setTagging('remove')}>{t('customers.bulk.untag')}</DropdownMenu.Item>
          <DropdownMenu.Separator />
          <DropdownMenu.Item onSelect={() => setConsenting(true)}>{t('customers.bulk.consent')}</DropdownMenu.Item>
        </DropdownMenu.Content>
      </DropdownMenu.Root>
      <Button size="2" variant="soft" color="red" disabled={busy} onClick={() => setConfirming(true)}>
        <Trash2 size={16} aria-hidden />
        {t('customers.bulk.delete')}
      </Button>
      <TagDialog
        mode={tagging ?? 'add'}
        open={tagging !== null}
        onOpenChange={(open) => !open && setTagging(null)}
        count={count}
        busy={busy}
        onSubmit={tag}
      />
      <ConsentDialog open={consenting} onOpenChange={setConsenting} count={count} busy={busy} onSubmit={consent} />
      <DeleteDialog open={confirming} onOpenChange={setConfirming} count={count} busy={busy} onConfirm={remove} />
    </Flex>
  );
}
