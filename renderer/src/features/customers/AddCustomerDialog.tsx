import { Button, Dialog, Flex } from '@radix-ui/themes';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { type Customer, type CustomerFields, displayName } from '@shared/domain/customer';
import { useCreateCustomer } from '../../lib/queries';
import { CustomerFieldsForm } from './CustomerFieldsForm';
import { type CustomerField, EMPTY_CUSTOMER, validateCustomer } from './validation';
import { ApiErrorCallout } from '../../components/ApiErrorCallout';

/** "Add customer": the customer form in a dialog. */
export function AddCustomerDialog({
  open,
  onOpenChange,
  onCreated,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onCreated: (customer: Customer) => void;
}) {
  const { t } = useTranslation();
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Content maxWidth="760px" size="4">
        <Dialog.Title size="6">{t('customers.add.title')}</Dialog.Title>
        <Dialog.Description size="2" color="gray" mb="5">
          {t('customers.add.description')}
        </Dialog.Description>
        {/* Remounted on every open, so the form starts empty each time. */}
        {open && <AddForm onDone={() => onOpenChange(false)} onCreated={onCreated} />}
      </Dialog.Content>
    </Dialog.Root>
  );
}

function AddForm({ onDone, onCreated }: { onDone: () => void; onCreated: (customer: Customer) => void }) {
  const { t } = useTranslation();
  const create = useCreateCustomer();
  const [draft, setDraft] = useState<CustomerFields>(EMPTY_CUSTOMER);
  const [touched, setTouched] = useState<Partial<Record<CustomerField, boolean>>>({});
  const [submitted, setSubmitted] = useState(false);

  const errors = validateCustomer(draft, t);
  const shown = Object.fromEntries(Object.entries(errors).filter(([field]) => submitted || touched[field as CustomerField]));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (Object.keys(errors).length > 0) return;
    create.mutate(
      { customer: draft },
      {
        onSuccess: (customer) => {
          toast.success(t('customers.add.created', { name: displayName(customer) }));
          onDone();
          onCreated(customer);
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t('customers.add.title')}>
      <CustomerFieldsForm
        idPrefix="add"
        value={draft}
        onChange={(field, value) => setDraft((current) => ({ ...current, [field]: value }))}
        onBlur={(field) => setTouched((tt) => ({ ...tt, [field]: true }))}
        errors={shown}
        autoFocus
      />
      {create.error && (
        <ApiErrorCallout error={create.error} codeTitle mt="4" />
      )}
      <Flex gap="3" mt="6" justify="end">
        <Dialog.Close>
          <Button type="button" variant="soft" color="gray" size="3">
            {t('create.cancel')}
          </Button>
        </Dialog.Close>
        <Button type="submit" size="3" loading={create.isPending}>
          {t('customers.add.submit')}
        </Button>
      </Flex>
    </form>
  );
}
