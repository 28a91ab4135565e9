import { Box, Button, Card, Code, Container, Flex, Heading, Separator, Text } from '@radix-ui/themes';
import './settings.css';
import { Copy, FolderSearch, LogOut } from 'lucide-react';
import { type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import type { Profile } from '@shared/domain/profile';
import type { WorkspaceInfo } from '@shared/domain/workspace';
import type { ApiError } from '../../lib/api';
import { FormActions } from '../../components/FormActions';
import { useDraftForm } from '../../lib/useDraftForm';
import { useAppInfo, useCloseWorkspace, useProfile, useReveal, useSaveCopy, useUpdateProfile } from '../../lib/queries';
import { ProfileFields } from '../profile/ProfileFields';
import { changedFields, validateProfile, type ProfileField } from '../profile/validation';
import { ExchangeRatesCard } from './ExchangeRates';
import { ContactPolicyLink } from '../campaigns/ContactPolicyLink';

export function Settings({ info }: { info: WorkspaceInfo }) {
  const { t } = useTranslation();
  const profile = useProfile();
  return (
    <Container size="3" px="6" py="8">
      <Heading as="h1" size="7" mb="6">
        {t('settings.title')}
      </Heading>
      <Flex direction="column" gap="6">
        <ProfileCard profile={profile.data ?? info.profile} />
        <ExchangeRatesCard />
        <ContactPolicyLink />
        <WorkspaceCard info={info} />
      </Flex>
    </Container>
  );
}

function ProfileCard({ profile }: { profile: Profile }) {
  const { t } = useTranslation();
  const update = useUpdateProfile();
  const form = useDraftForm<Profile, ProfileField, Partial<Profile>>(profile, { diff: changedFields, validate: (value) => validateProfile(value, t) });

  const reset = () => {
    form.reset();
    update.reset();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!form.trySubmit()) return;
    update.mutate(form.patch, {
      onSuccess: () => {
        reset();
        toast.success(t('settings.saved'));
      },
    });
  };

  return (
    <Card size="4" asChild>
      <section aria-labelledby="profile-heading">
        <form onSubmit={submit} noValidate>
          <Heading as="h2" size="5" id="profile-heading">
            {t('settings.profileTitle')}
          </Heading>
          <Text as="p" size="2" color="gray" mt="1" mb="5">
            {t('settings.profileDescription')}
          </Text>
          <ProfileFields
            idPrefix="settings"
            value={form.value}
            onChange={(field, next) => form.change(field, next as Profile[typeof field])}
            onBlur={form.touch}
            errors={form.errors}
            letterhead
          />
          <FormActions dirty={form.dirty} saving={update.isPending} error={update.error} onDiscard={reset} size="3" />
        </form>
      </section>
    </Card>
  );
}

function WorkspaceCard({ info }: { info: WorkspaceInfo }) {
  const { t } = useTranslation();
  const appInfo = useAppInfo();
  const saveCopy = useSaveCopy();
  const reveal = useReveal();
  const close = useCloseWorkspace();
  const failed = (error: ApiError) => toast.error(t(`errors.title.${error.code}`), { description: error.message });

  return (
    <Card size="4" asChild>
      <section aria-labelledby="workspace-heading">
        <Heading as="h2" size="5" id="workspace-heading">
          {t('settings.workspaceTitle')}
        </Heading>
        <Flex gap="2" align="baseline" mt="2" mb="5" style={{ minWidth: 0 }}>
          <Text size="2" color="gray">
            {t('settings.fileLabel')}
          </Text>
          <Code variant="ghost" size="2" style={{ overflowWrap: 'anywhere' }}>
            {info.path}
          </Code>
        </Flex>

        <Flex direction="column" gap="4">
          <ActionRow hint={t('settings.saveCopyHint')}>
            <Button
              variant="soft"
              size="2"
              loading={saveCopy.isPending}
              onClick={() =>
                saveCopy.mutate(
                  {},
                  { onSuccess: (copy) => copy && toast.success(t('settings.copySaved', { path: copy.path })), onError: failed },
                )
              }
            >
              <Copy size={16} aria-hidden />
              {t('settings.saveCopy')}
            </Button>
            {appInfo.data?.shell === 'electron' && (
              <Button variant="soft" color="gray" size="2" onClick={() => reveal.mutate({}, { onError: failed })}>
                <FolderSearch size={16} aria-hidden />
                {t('settings.reveal')}
              </Button>
            )}
          </ActionRow>
          <Separator size="4" />
          <ActionRow hint={t('settings.closeHint')}>
            <Button variant="soft" color="gray" size="2" loading={close.isPending} onClick={() => close.mutate({}, { onError: failed })}>
              <LogOut size={16} aria-hidden />
              {t('settings.close')}
            </Button>
          </ActionRow>
        </Flex>
      </section>
    </Card>
  );
}

function ActionRow({ hint, children }: { hint: string; children: ReactNode }) {
  return (
    <Flex align="center" justify="between" gap="4" wrap="wrap">
      <Text size="2" color="gray" style={{ flex: '1 1 260px' }}>
        {hint}
      </Text>
      <Box>
        <Flex gap="2">{children}</Flex>
      </Box>
    </Flex>
  );
}
