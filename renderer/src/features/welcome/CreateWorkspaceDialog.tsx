import { Button, Dialog, Flex, Text } from '@radix-ui/themes';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { CURRENCY_BY_COUNTRY, LANGUAGE_BY_COUNTRY, type Profile, defaultProfile } from '@shared/domain/profile';
import { useAppInfo, useCreateWorkspace } from '../../lib/queries';
import { ProfileFields } from '../profile/ProfileFields';
import { validateProfile, type ProfileField } from '../profile/validation';
import { ApiErrorCallout } from '../../components/ApiErrorCallout';

const START: Profile = defaultProfile('');

/** The create form, in a dialog: used from the welcome screen and from the native menu's "New workspace". */
export function CreateWorkspaceDialog({ open, onOpenChange }: { open: boolean; onOpenChange: (open: boolean) => void }) {
  const { t } = useTranslation();
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Content maxWidth="720px" size="4">
        <Dialog.Title size="6">{t('create.title')}</Dialog.Title>
        <Dialog.Description size="2" color="gray" mb="5">
          {t('create.description')}
        </Dialog.Description>
        {/* Remounted on every open, so the form starts empty each time. */}
        {open && <CreateForm onDone={() => onOpenChange(false)} />}
      </Dialog.Content>
    </Dialog.Root>
  );
}

function CreateForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const appInfo = useAppInfo();
  const create = useCreateWorkspace();
  const [draft, setDraft] = useState<Profile>(START);
  // Currency and language follow the country until the user picks them.
  const [picked, setPicked] = useState<{ currency: boolean; language: boolean }>({ currency: false, language: false });
  const [touched, setTouched] = useState<Partial<Record<ProfileField, boolean>>>({});
  const [submitted, setSubmitted] = useState(false);

  const errors = validateProfile(draft, t);
  const shown = Object.fromEntries(Object.entries(errors).filter(([field]) => submitted || touched[field as ProfileField]));

  const change = (field: ProfileField, value: string | number) => {
    setDraft((current) => {
      const next = { ...current, [field]: value } as Profile;
      if (field === 'country') {
        if (!picked.currency) next.currency = CURRENCY_BY_COUNTRY[value] ?? current.currency;
        if (!picked.language) next.language = LANGUAGE_BY_COUNTRY[value] ?? 'en';
      }
      return next;
    });
    if (field === 'currency' || field === 'language') setPicked((p) => ({ ...p, [field]: true }));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (Object.keys(errors).length > 0) return;
    const profile = { ...draft, name: draft.name.trim(), industry: draft.industry.trim() };
    create.mutate(
      { profile },
      {
        onSuccess: (info) => {
          if (!info) return; // the save dialog was cancelled: keep the form as it is
          toast.success(t('create.created', { name: info.profile.name }));
          onDone();
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t('create.title')}>
      <ProfileFields
        idPrefix="create"
        value={draft}
        onChange={change}
        onBlur={(field) => setTouched((tt) => ({ ...tt, [field]: true }))}
        errors={shown}
        autoFocus
      />
      {create.error && (
        <ApiErrorCallout error={create.error} codeTitle mt="4" />
      )}
      <Flex gap="3" mt="6" justify="between" align="center">
        <Text size="1" color="gray">
          {appInfo.data?.shell === 'browser' ? t('create.browserNote') : ''}
        </Text>
        <Flex gap="3">
          <Dialog.Close>
            <Button type="button" variant="soft" color="gray" size="3">
              {t('create.cancel')}
            </Button>
          </Dialog.Close>
          <Button type="submit" size="3" loading={create.isPending}>
            {t('create.submit')}
          </Button>
        </Flex>
      </Flex>
    </form>
  );
}
