import { Box, Button, Card, Code, Container, Flex, Heading, Text, Tooltip } from '@radix-ui/themes';
import { Coffee, FilePlus2, FolderOpen, HeartHandshake, Info, X } from 'lucide-react';
import { Trans, useTranslation } from 'react-i18next';
import type { RecentWorkspace } from '@shared/domain/workspace';
import { ErrorCallout } from '../../components/ErrorCallout';
import type { ApiError } from '../../lib/api';
import { formatDateTime } from '../../lib/intl';
import { useAppInfo, useForgetRecent, useOpenDemo, useOpenRecent, useOpenWorkspace, useRecent } from '../../lib/queries';

/** No workspace open: what Rapport is, and the three ways in (create, open, recent). */
export function Welcome({ openError, onCreate }: { openError: ApiError | null; onCreate: () => void }) {
  const { t } = useTranslation();
  const appInfo = useAppInfo();
  const open = useOpenWorkspace();
  const demo = useOpenDemo();
  const canChoose = appInfo.data?.nativeFileChooser ?? false;
  const error = open.error ?? demo.error ?? openError;

  return (
    <Box className="welcome" asChild>
      <main>
        <Container size="2" px="5" py="9">
          <Flex direction="column" gap="6">
            <Flex align="center" gap="4">
              <Flex className="brand-mark" align="center" justify="center" aria-hidden>
                <HeartHandshake size={28} strokeWidth={1.75} />
              </Flex>
              <Box>
                <Heading as="h1" size="8" weight="bold">
                  {t('app.name')}
                </Heading>
                <Text as="p" size="3" color="gray" mt="1">
                  {t('app.purpose')}
                </Text>
              </Box>
            </Flex>

            {error && <ErrorCallout error={error} />}

            <Flex gap="4" direction={{ initial: 'column', sm: 'row' }}>
              <Card size="3" style={{ flex: 1 }}>
                <Flex direction="column" gap="3" height="100%">
                  <Heading as="h2" size="4">
                    {t('welcome.create')}
                  </Heading>
                  <Text size="2" color="gray" style={{ flex: 1 }}>
                    {t('welcome.createHint')}
                  </Text>
                  <Box>
                    <Button size="3" onClick={onCreate}>
                      <FilePlus2 size={18} aria-hidden />
                      {t('welcome.create')}
                    </Button>
                  </Box>
                </Flex>
              </Card>
              <Card size="3" style={{ flex: 1 }}>
                <Flex direction="column" gap="3" height="100%">
                  <Heading as="h2" size="4">
                    {t('welcome.open')}
                  </Heading>
                  <Text size="2" color="gray" style={{ flex: 1 }} id="open-hint">
                    {canChoose || !appInfo.data ? t('welcome.openHint') : <Trans i18nKey="welcome.openUnavailable" components={{ code: <Code size="1" variant="soft" color="gray" /> }} />}
                  </Text>
                  <Box>
                    <Button
                      size="3"
                      variant="soft"
                      disabled={!canChoose}
                      aria-describedby="open-hint"
                      loading={open.isPending}
                      onClick={() => open.mutate({})}
                    >
                      <FolderOpen size={18} aria-hidden />
                      {t('welcome.open')}
                    </Button>
                  </Box>
                </Flex>
              </Card>
            </Flex>

            <Card size="3" variant="surface">
              <Flex gap="4" align="center" direction={{ initial: 'column', sm: 'row' }}>
                <Coffee size={28} strokeWidth={1.75} aria-hidden className="muted-icon" />
                <Box style={{ flex: 1 }}>
                  <Heading as="h2" size="4">
                    {t('demo.title')}
                  </Heading>
                  <Text as="p" size="2" color="gray" mt="1" id="demo-hint">
                    {t('demo.hint')}
                  </Text>
                </Box>
                <Button size="3" variant="soft" aria-describedby="demo-hint" loading={demo.isPending} onClick={() => demo.mutate({})}>
                  {t('demo.open')}
                </Button>
              </Flex>
            </Card>

            <RecentList />
          </Flex>
        </Container>
      </main>
    </Box>
  );
}

function RecentList() {
  const { t, i18n } = useTranslation();
  const recent = useRecent();
  const openRecent = useOpenRecent();
  const forget = useForgetRecent();
  const items = recent.data ?? [];

  return (
    <Box asChild>
      <section aria-labelledby="recent-heading">
        <Heading as="h2" size="4" id="recent-heading" mb="3">
          {t('welcome.recent')}
        </Heading>
        {items.length === 0 ? (
          <Card size="2" variant="surface">
            <Flex gap="2" align="center">
              <Info size={16} aria-hidden className="muted-icon" />
              <Text size="2" color="gray">
                {recent.isPending ? t('common.loading') : t('welcome.recentEmpty')}
              </Text>
            </Flex>
          </Card>
        ) : (
          <Card size="1" variant="surface" style={{ padding: 0 }}>
            <ul className="recent-list" aria-labelledby="recent-heading">
              {items.map((item) => (
                <RecentRow
                  key={item.id}
                  item={item}
                  when={formatDateTime(item.openedAt, i18n.language)}
                  busy={openRecent.isPending && openRecent.variables?.id === item.id}
                  onOpen={() => openRecent.mutate({ id: item.id })}
                  onForget={() => forget.mutate({ id: item.id })}
                />
              ))}
            </ul>
          </Card>
        )}
      </section>
    </Box>
  );
}

function RecentRow({
  item,
  when,
  busy,
  onOpen,
  onForget,
}: {
  item: RecentWorkspace;
  when: string;
  busy: boolean;
  onOpen: () => void;
  onForget: () => void;
}) {
  const { t } = useTranslation();
  const body = (
    <Flex direction="column" gap="1" style={{ minWidth: 0 }}>
      <Text size="3" weight="medium" truncate>
        {item.name}
      </Text>
      <Text size="1" color="gray" truncate>
        {item.fileName} · {item.exists ? t('welcome.lastOpened', { when }) : t('welcome.missing')}
      </Text>
    </Flex>
  );
  if (!item.exists) {
    return (
      <li className="recent-row recent-row--missing">
        <Flex align="center" justify="between" gap="3" px="4" py="3">
          <Box style={{ opacity: 0.55, minWidth: 0 }} title={item.path}>
            {body}
          </Box>
          <Button size="1" variant="ghost" color="gray" onClick={onForget} aria-label={t('welcome.forgetNamed', { name: item.name })}>
            <X size={14} aria-hidden />
            {t('welcome.forget')}
          </Button>
        </Flex>
      </li>
    );
  }
  return (
    <li className="recent-row">
      <Tooltip content={item.path}>
        <button type="button" className="recent-open" onClick={onOpen} aria-busy={busy || undefined}>
          {body}
          <FolderOpen size={16} aria-hidden className="muted-icon" />
        </button>
      </Tooltip>
    </li>
  );
}

