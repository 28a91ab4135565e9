import { Button, Dialog, Flex } from '@radix-ui/themes';
import { useTranslation } from 'react-i18next';

/** A dialog's footer: Cancel (closes it) and the one action it is for. */
export function DialogActions({ label, onClick, loading = false, disabled = false }: { label: string; onClick: () => void; loading?: boolean; disabled?: boolean }) {
  const { t } = useTranslation();
  return (
    <Flex gap="3" mt="5" justify="end">
      <Dialog.Close>
        <Button variant="soft" color="gray">
          {t('common.cancel')}
        </Button>
      </Dialog.Close>
      <Button disabled={disabled} loading={loading} onClick={onClick}>
        {label}
      </Button>
    </Flex>
  );
}
