import { AlertDialog, Button, Dialog, Flex, RadioGroup, Select, Text, TextField } from '@radix-ui/themes';
import { type FormEvent, type ReactNode, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CONSENT_MEDIA, type ConsentMedium } from '@shared/domain/customer';

/** The dialogs behind the selection's actions: tags to add or remove, a consent to record for every selected customer, and the delete confirmation. */

/** The frame the selection's form dialogs share: a title, the fields, and Cancel beside the submit button. */
function SelectionDialogFrame({
  open,
  onOpenChange,
  maxWidth,
  title,
  onSubmit,
  submitLabel,
  submitDisabled,
  busy,
  children,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  maxWidth: string;
  title: string;
  onSubmit: (event: FormEvent) => void;
  submitLabel: string;
  submitDisabled: boolean;
  busy: boolean;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Content maxWidth={maxWidth}>
        <Dialog.Title>{title}</Dialog.Title>
        <form onSubmit={onSubmit}>
          {children}
          <Flex gap="3" mt="4" justify="end">
            <Dialog.Close>
              <Button type="button" variant="soft" color="gray">
                {t('create.cancel')}
              </Button>
            </Dialog.Close>
            <Button type="submit" disabled={submitDisabled} loading={busy}>
              {submitLabel}
            </Button>
          </Flex>
        </form>
      </Dialog.Content>
    </Dialog.Root>
  );
}

export function TagDialog({
  mode,
  open,
  onOpenChange,
  count,
  busy,
  onSubmit,
}: {
  mode: 'add' | 'remove';
  open: boolean;
  onOpenChange: (open: boolean) => void;
  count: number;
  busy: boolean;
  onSubmit: (tag: string) => void;
}) {
  const { t } = useTranslation();
  const [value, setValue] = useState('');
  useEffect(() => {
    if (open) setValue('');
  }, [open]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const tag = value.trim();
    if (tag) onSubmit(tag);
  };
  return (
    <SelectionDialogFrame
      open={open}
      onOpenChange={onOpenChange}
      maxWidth="420px"
      title={t(mode === 'add' ? 'customers.bulk.tagTitle' : 'customers.bulk.untagTitle', { count })}
      onSubmit={submit}
      submitLabel={t(mode === 'add' ? 'customers.bulk.tagSubmit' : 'customers.bulk.untagSubmit')}
      submitDisabled={value.trim() === ''}
      busy={busy}
    >
      <Flex direction="column" gap="1">
        <Text as="label" size="2" weight="medium" htmlFor="bulk-tag">
          {t('customers.bulk.tagLabel')}
        </Text>
        <TextField.Root id="bulk-tag" value={value} maxLength={60} autoFocus onChange={(e) => setValue(e.target.value)} />
      </Flex>
    </SelectionDialogFrame>
  );
}

/** Records consent (or its withdrawal) for one medium for the selection, with how it was given as evidence. */
export function ConsentDialog({
  open,
  onOpenChange,
  count,
  busy,
  onSubmit,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  count: number;
  busy: boolean;
  onSubmit: (consent: { medium: ConsentMedium; status: 'granted' | 'withdrawn'; evidence: string }) => void;
}) {
  const { t } = useTranslation();
  const [medium, setMedium] = useState<ConsentMedium>('email');
  const [status, setStatus] = useState<'granted' | 'withdrawn'>('granted');
  const [evidence, setEvidence] = useState('');
  useEffect(() => {
    if (open) setEvidence('');
  }, [open]);
  const needsEvidence = status === 'granted';
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!needsEvidence || evidence.trim()) onSubmit({ medium, status, evidence: evidence.trim() });
  };
  return (
    <SelectionDialogFrame
      open={open}
      onOpenChange={onOpenChange}
      maxWidth="460px"
      title={t('customers.bulk.consentTitle', { count })}
      onSubmit={submit}
      submitLabel={t('customers.bulk.consentSubmit')}
      submitDisabled={needsEvidence && evidence.trim() === ''}
      busy={busy}
    >
      <Flex direction="column" gap="3">
        <Flex direction="column" gap="1">
          <Text size="2" weight="medium" id="bulk-consent-medium">
            {t('customers.bulk.consentMedium')}
          </Text>
          <Select.Root value={medium} onValueChange={(value) => setMedium(value as ConsentMedium)}>
            <Select.Trigger aria-labelledby="bulk-consent-medium" />
            <Select.Content>
              {CONSENT_MEDIA.map((c) => (
                <Select.Item key={c} value={c}>
                  {t(`customers.bulk.media.${c}`)}
                </Select.Item>
              ))}
            </Select.Content>
          </Select.Root>
        </Flex>
        <RadioGroup.Root value={status} onValueChange={(value) => setStatus(value as 'granted' | 'withdrawn')} aria-label={t('customers.bulk.consentStatus')}>
          <RadioGroup.Item value="granted">{t('customers.bulk.granted')}</RadioGroup.Item>
          <RadioGroup.Item value="withdrawn">{t('customers.bulk.withdrawn')}</RadioGroup.Item>
        </RadioGroup.Root>
        <Flex direction="column" gap="1">
          <Text as="label" size="2" weight="medium" htmlFor="bulk-consent-evidence">
            {t(needsEvidence ? 'customers.bulk.evidenceRequired' : 'customers.bulk.evidenceOptional')}
          </Text>
          <TextField.Root
            id="bulk-consent-evidence"
            value={evidence}
            maxLength={500}
            placeholder={t('customers.bulk.evidencePlaceholder')}
            onChange={(e) => setEvidence(e.target.value)}
          />
        </Flex>
      </Flex>
    </SelectionDialogFrame>
  );
}

/** Asks before deleting the selection (the toast afterwards offers an undo). */
export function DeleteDialog({
  open,
  onOpenChange,
  count,
  busy,
  onConfirm,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  count: number;
  busy: boolean;
  onConfirm: () => void;
}) {
  const { t } = useTranslation();
  return (
    <AlertDialog.Root open={open} onOpenChange={onOpenChange}>
      <AlertDialog.Content maxWidth="460px">
        <AlertDialog.Title>{t('customers.bulk.confirmTitle', { count })}</AlertDialog.Title>
        <AlertDialog.Description size="2">{t('customers.bulk.confirmBody', { count })}</AlertDialog.Description>
        <Flex gap="3" mt="4" justify="end">
          <AlertDialog.Cancel>
            <Button variant="soft" color="gray">
              {t('create.cancel')}
            </Button>
          </AlertDialog.Cancel>
          <Button color="red" loading={busy} onClick={onConfirm}>
            {t('customers.bulk.confirmDelete', { count })}
          </Button>
        </Flex>
      </AlertDialog.Content>
    </AlertDialog.Root>
  );
}
