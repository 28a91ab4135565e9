import { Flex, Text } from '@radix-ui/themes';
import { CircleAlert, CircleCheck, FileText, LoaderCircle } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { WorkspaceInfo } from '@shared/domain/workspace';
import { formatTime } from '../../lib/intl';
import { useSaveState } from '../../lib/queries';

/** Business, file and whether everything is on disk. Announced politely to screen readers when it changes. */
export function StatusBar({ info }: { info: WorkspaceInfo }) {
  const { t, i18n } = useTranslation();
  const save = useSaveState(info.save);

  return (
    <footer className="status-bar">
      <Flex align="center" gap="4" px="4" height="100%" role="status" aria-live="polite" aria-label={t('status.label')}>
        <Text size="1" weight="medium" data-testid="status-business">
          {info.profile.name}
        </Text>
        <Flex align="center" gap="1" style={{ minWidth: 0 }} title={info.path}>
          <FileText size={13} aria-hidden className="muted-icon" />
          <Text size="1" color="gray" truncate data-testid="status-file">
            {info.fileName}
          </Text>
        </Flex>
        <Flex align="center" gap="1" ml="auto" data-testid="save-state">
          {save?.state === 'error' ? (
            <>
              <CircleAlert size={13} aria-hidden color="var(--red-11)" />
              <Text size="1" color="red" weight="medium">
                {save.message}
              </Text>
            </>
          ) : save?.state === 'saving' ? (
            <>
              <LoaderCircle size={13} aria-hidden className="spin muted-icon" />
              <Text size="1" color="gray">
                {t('status.saving')}
              </Text>
            </>
          ) : (
            <>
              <CircleCheck size={13} aria-hidden color="var(--grass-11)" />
              <Text size="1" color="gray">
                {save?.state === 'saved' && save.at ? t('status.savedAt', { time: formatTime(save.at, i18n.language) }) : t('status.saved')}
              </Text>
            </>
          )}
        </Flex>
      </Flex>
    </footer>
  );
}
