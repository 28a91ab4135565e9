import { AlertDialog, Button, Callout, Card, Flex, Heading, Text } from '@radix-ui/themes';
import { CircleCheck, Download, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { type Customer, displayName } from '@shared/domain/customer';
import { call, isApiError } from '../../lib/api';
import { announceExport } from '../../lib/exported';
import { useEraseCustomer } from '../../lib/queries';

/** Right of access (export their data) and right to erasure (erase this person), for one customer. */
export function PrivacyCard({ customer, onErased }: { customer: Customer; onErased: () => void }) {
  const { t } = useTranslation();
  const [exporting, setExporting] = useState(false);
  const [confirming, setConfirming] = useState(false);
  /** Where the last export went, kept beside the button: a toast alone is easy to miss on a long page. */
  const [exportedTo, setExportedTo] = useState<string | null>(null);
  const erase = useEraseCustomer();
  const name = displayName(customer);

  const exportData = async () => {
    setExporting(true);
    try {
      // Main writes a readable text file where the save dialog says (the browser host: its documents folder,
      // and a download).
      const saved = await call('exports.personData', { id: customer.id });
      if (saved) setExportedTo((await announceExport(t, t('customers.privacy.exported'), saved)).description);
    } catch (error) {
      toast.error(t('customers.privacy.exportFailed'), { description: isApiError(error) ? error.message : String(error) });
    } finally {
      setExporting(false);
    }
  };

  const confirmErase = () =>
    erase.mutate(
      { id: customer.id },
      {
        onSuccess: () => {
          setConfirming(false);
          toast.success(t('customers.privacy.erased', { name }));
          onErased();
        },
        onError: (error) => toast.error(t('customers.privacy.eraseFailed'), { description: error.message }),
      },
    );

  return (
    <Card size="3" asChild>
      <section aria-labelledby="customer-privacy-heading">
        <Heading as="h2" size="4" id="customer-privacy-heading" mb="1">
          {t('customers.privacy.title')}
        </Heading>
        <Text as="p" size="1" color="gray" mb="4">
          {t('customers.privacy.hint')}
        </Text>
        <Flex direction="column" gap="2" align="start">
          <Button variant="soft" size="2" onClick={exportData} loading={exporting}>
            <Download size={16} aria-hidden />
            {t('customers.privacy.export')}
          </Button>
          {exportedTo && (
            <Callout.Root color="green" size="1" role="status" aria-label={t('customers.privacy.exported')}>
              <Callout.Icon>
                <CircleCheck size={16} aria-hidden />
              </Callout.Icon>
              <Callout.Text style={{ overflowWrap: 'anywhere' }}>{exportedTo}</Callout.Text>
            </Callout.Root>
          )}
          <Button variant="soft" color="red" size="2" onClick={() => setConfirming(true)}>
            <Trash2 size={16} aria-hidden />
            {t('customers.privacy.erase')}
          </Button>
        </Flex>
        <AlertDialog.Root open={confirming} onOpenChange={setConfirming}>
          <AlertDialog.Content maxWidth="500px">
            <AlertDialog.Title>{t('customers.privacy.eraseTitle', { name })}</AlertDialog.Title>
            <AlertDialog.Description size="2">{t('customers.privacy.eraseBody')}</AlertDialog.Description>
            <Flex direction="column" gap="2" mt="3">
              {customer.email !== '' && (
                <Text as="p" size="2" color="gray">
                  {t('customers.privacy.eraseTombstone')}
                </Text>
              )}
              <Text as="p" size="2" color="gray">
                {t('customers.privacy.eraseBackups')}
              </Text>
            </Flex>
            <Flex gap="3" mt="4" justify="end">
              <AlertDialog.Cancel>
                <Button variant="soft" color="gray">
                  {t('create.cancel')}
                </Button>
              </AlertDialog.Cancel>
              <Button color="red" loading={erase.isPending} onClick={confirmErase}>
                {t('customers.privacy.eraseConfirm')}
              </Button>
            </Flex>
          </AlertDialog.Content>
        </AlertDialog.Root>
      </section>
    </Card>
  );
}
