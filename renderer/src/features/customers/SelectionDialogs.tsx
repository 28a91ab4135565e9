import { Button, Dialog, Flex, RadioGroup, Select, Text, TextField } from '@radix-ui/themes';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CONSENT_MEDIA, type ConsentMedium } from '../../../../shared/domain/customer';

/** The dialogs behind the selection's actions: tags to add or remove, and a consent to record for every selected customer. */

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
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Content maxWidth="420px">
        <Dialog.Title>{t(mode === 'add' ? 'customers.bulk.tagTitle' : 'customers.bulk.untagTitle', { count })}</Dialog.Title>
        <form onSubmit={submit}>
          <Flex direction="column" gap="1">
            <Text as="label" size="2" weight="medium" htmlFor="bulk-tag">
              {t('customers.bulk.tagLabel')}
            </Text>
            <TextField.Root id="bulk-tag" value={value} maxLength={60} autoFocus onChange={(e) => setValue(e.target.value)} />
          </Flex>
          <Flex gap="3" mt="4" justify="end">
            <Dialog.Close>
              <Button type="button" variant="soft" color="gray">
                {t('create.cancel')}
              </Button>
            </Dialog.Close>
            <Button type="submit" disabled={value.trim() === ''} loading={busy}>
              {t(mode === 'add' ? 'customers.bulk.tagSubmit' : 'customers.bulk.untagSubmit')}
            </Button>
          </Flex>
        </form>
      </Dialog.Content>
    </Dialog.Root>
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
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Content maxWidth="460px">
        <Dialog.Title>{t('customers.bulk.consentTitle', { count })}</Dialog.Title>
        <form onSubmit={submit}>
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
          <Flex gap="3" mt="4" justify="end">
            <Dialog.Close>
              <Button type="button" variant="soft" color="gray">
                {t('create.cancel')}
              </Button>
            </Dialog.Close>
            <Button type="submit" disabled={needsEvidence && evidence.trim() === ''} loading={busy}>
              {t('customers.bulk.consentSubmit')}
            </Button>
          </Flex>
        </form>
      </Dialog.Content>
    </Dialog.Root>
  );
}
