import { Button, Flex } from '@radix-ui/themes';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../lib/api';
import { ApiErrorCallout } from './ApiErrorCallout';

/**
 * The foot of a form that edits a saved record (the business profile, a customer): why the last save was
 * refused, if it was, and the Discard / Save buttons, enabled only when there is a change.
 */
export function FormActions({
  dirty,
  saving,
  error,
  onDiscard,
  size,
  className,
}: {
  dirty: boolean;
  saving: boolean;
  error: ApiError | null;
  onDiscard: () => void;
  size: '2' | '3';
  className?: string;
}) {
  const { t } = useTranslation();
  return (
    <>
      {error && (
        <ApiErrorCallout error={error} codeTitle mt="4" />
      )}
      <Flex gap="3" mt={size === '3' ? '6' : '5'} justify="end" className={className}>
        <Button type="button" variant="soft" color="gray" size={size} disabled={!dirty || saving} onClick={onDiscard}>
          {t('settings.reset')}
        </Button>
        <Button type="submit" size={size} disabled={!dirty} loading={saving}>
          {t('settings.save')}
        </Button>
      </Flex>
    </>
  );
}
