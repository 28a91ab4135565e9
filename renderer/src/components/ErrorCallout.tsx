import { Callout, Flex, Text } from '@radix-ui/themes';
import { CircleAlert } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../lib/api';

const WITH_HINT = new Set(['workspace-corrupt', 'workspace-foreign', 'workspace-too-new', 'workspace-locked', 'not-found']);

/** A failed open, said plainly: a translated title for the code, main's message, and what to do next. */
export function ErrorCallout({ error }: { error: ApiError }) {
  const { t } = useTranslation();
  const fileName = typeof error.details?.fileName === 'string' ? error.details.fileName : undefined;
  const hint = WITH_HINT.has(error.code)
    ? t(`errors.hint.${error.code}` as 'errors.hint.other', { backups: fileName ? `${fileName}.backups` : t('errors.backupsFallback') })
    : t('errors.hint.other');
  return (
    <Callout.Root color="red" size="2" role="alert" variant="surface">
      <Callout.Icon>
        <CircleAlert size={18} />
      </Callout.Icon>
      <Flex direction="column" gap="1">
        <Text as="p" weight="bold" size="3">
          {t(`errors.title.${error.code}`)}
        </Text>
        <Text as="p" size="2">
          {error.message}
        </Text>
        <Text as="p" size="2" color="gray" highContrast={false}>
          {hint}
        </Text>
      </Flex>
    </Callout.Root>
  );
}
