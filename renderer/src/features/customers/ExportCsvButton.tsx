import { Button, Dialog, RadioGroup, Text } from '@radix-ui/themes';
import { useMutation } from '@tanstack/react-query';
import { Download } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import type { RequestOf } from '@shared/contract/channels';
import type { CUSTOMER_FILTER_FIELDS } from '@shared/domain/customer';
import type { CustomerExportColumn, ExportedFile } from '@shared/domain/export';
import type { Membership } from '@shared/domain/segment';
import { DialogActions } from '../../components/DialogActions';
import { type ApiError, call } from '../../lib/api';
import { announceExport } from '../../lib/exported';
import { useProfile } from '../../lib/queries';
import type { ColumnId } from './columns';

/** Grid column → the CSV columns that carry it (a name becomes first and last name, money gets its currency). */
const EXPORT_COLUMNS: Record<ColumnId, CustomerExportColumn[]> = {
  displayName: ['firstName', 'lastName'],
  company: ['company'],
  email: ['email'],
  phone: ['phone'],
  city: ['city'],
  country: ['country'],
  tags: ['tags'],
  lastPurchase: ['lastPurchase'],
  purchaseCount: ['purchaseCount'],
  totalMinor: ['totalSpent', 'currency', 'notConverted'],
  daysSinceLastPurchase: ['daysSinceLastPurchase'],
  emailConsent: ['emailConsent'],
  doNotContact: ['doNotContact'],
  // the CSV has no RFM columns (CUSTOMER_EXPORT_COLUMNS): scores change daily, a segment picks by them instead
  rfmR: [],
  rfmF: [],
  rfmM: [],
  rfmGroup: [],
};

/** Countries where spreadsheets separate lists with a semicolon (the decimal mark is a comma). */
const SEMICOLON_COUNTRIES = new Set(['DK', 'NO', 'CZ', 'SI', 'SE', 'FI', 'DE', 'AT', 'NL', 'BE', 'FR', 'PL', 'SK', 'HR', 'IT', 'ES', 'PT']);

export interface GridView {
  search: string;
  filters: Array<{ field: (typeof CUSTOMER_FILTER_FIELDS)[number]; contains: string }>;
  sort: NonNullable<RequestOf<'customers.list'>['sort']>;
  visible: readonly ColumnId[];
}

/**
 * "Export CSV…": the grid as the user sees it, written through the save dialog. With `segment`, only that
 * segment's members (the grid limited to a segment, a saved segment's "Export members"); `label` names the button.
 */
export function ExportCsvButton({ view, segment, label }: { view: () => GridView; segment?: Membership; label?: string }) {
  const { t } = useTranslation();
  const profile = useProfile();
  const [open, setOpen] = useState(false);
  const [delimiter, setDelimiter] = useState<',' | ';' | null>(null);
  const chosen = delimiter ?? (SEMICOLON_COUNTRIES.has(profile.data?.country ?? '') ? ';' : ',');

  const exportCsv = useMutation<(ExportedFile & { rows: number }) | null, ApiError>({
    mutationFn: () => {
      const { search, filters, sort, visible } = view();
      const columns = [...new Set(visible.flatMap((column) => EXPORT_COLUMNS[column]))];
      return call('exports.customersCsv', { search, filters, sort, columns, delimiter: chosen, ...(segment ? { segment } : {}) });
    },
    onSuccess: (result) => {
      setOpen(false);
      if (result) void announceExport(t, t('customersExport.exported', { count: result.rows }), result);
    },
    onError: (error) => toast.error(t('customersExport.failed'), { description: error.message }),
  });

  return (
    <Dialog.Root open={open} onOpenChange={setOpen}>
      <Dialog.Trigger>
        <Button variant="soft" color="gray">
          <Download size={16} aria-hidden /> {label ?? t('customersExport.button')}
        </Button>
      </Dialog.Trigger>
      <Dialog.Content maxWidth="460px">
        <Dialog.Title>{t('customersExport.title')}</Dialog.Title>
        <Dialog.Description size="2" color="gray">
          {t('customersExport.description')}
        </Dialog.Description>
        <Text as="div" size="2" weight="medium" mt="4" mb="2" id="export-delimiter-label">
          {t('customersExport.delimiter')}
        </Text>
        <RadioGroup.Root value={chosen} onValueChange={(value) => setDelimiter(value as ',' | ';')} aria-labelledby="export-delimiter-label">
          <RadioGroup.Item value=",">{t('customersExport.comma')}</RadioGroup.Item>
          <RadioGroup.Item value=";">{t('customersExport.semicolon')}</RadioGroup.Item>
        </RadioGroup.Root>
        <DialogActions label={t('customersExport.run')} onClick={() => exportCsv.mutate()} loading={exportCsv.isPending} />
      </Dialog.Content>
    </Dialog.Root>
  );
}
