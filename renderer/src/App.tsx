import { Flex, Spinner } from '@radix-ui/themes';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { onEvent } from './lib/api';
import { useCloseWorkspace, useServerEvents, useWorkspaceInfo } from './lib/queries';
import type { Section } from './features/shell/sections';
import { CaptureScreen } from './features/capture/CaptureScreen';
import { EngineNotices } from './features/shell/EngineNotices';
import { Shell } from './features/shell/Shell';
import { CreateWorkspaceDialog } from './features/welcome/CreateWorkspaceDialog';
import { Welcome } from './features/welcome/Welcome';

export function App() {
  const { t } = useTranslation();
  useServerEvents();
  const info = useWorkspaceInfo();
  const close = useCloseWorkspace();
  // UI state only: which section is shown and whether the create dialog is up.
  const [section, setSection] = useState<Section>('dashboard');
  const [creating, setCreating] = useState(false);
  const [capturing, setCapturing] = useState(false);

  const workspace = info.data?.open ? info.data : null;
  const path = workspace?.path ?? null;
  useEffect(() => {
    setSection('dashboard');
    setCapturing(false);
  }, [path]);

  useEffect(() => {
    document.title = workspace ? `${workspace.profile.name} — ${t('app.name')}` : t('app.name');
  }, [workspace, t]);

  // Native menu items (Electron): the renderer owns the forms, so main asks it to act.
  const closeWorkspace = close.mutate;
  useEffect(
    () =>
      onEvent('app.command', ({ command }) => {
        if (command === 'new-workspace') setCreating(true);
        else if (command === 'open-settings') setSection('settings');
        else if (command === 'close-workspace') closeWorkspace({});
      }),
    [closeWorkspace],
  );

  let content;
  if (info.isPending) {
    content = (
      <Flex align="center" justify="center" height="100vh" aria-label={t('common.loading')} role="status">
        <Spinner size="3" />
      </Flex>
    );
  } else if (workspace && capturing) {
    content = <CaptureScreen workspacePath={workspace.path} onExit={() => setCapturing(false)} />;
  } else if (workspace) {
    content = <Shell info={workspace} section={section} onSelect={setSection} onCapture={() => setCapturing(true)} />;
  } else {
    content = <Welcome openError={info.error} onCreate={() => setCreating(true)} />;
  }

  return (
    <>
      {content}
      <EngineNotices workspace={workspace} />
      <CreateWorkspaceDialog open={creating} onOpenChange={setCreating} />
    </>
  );
}
