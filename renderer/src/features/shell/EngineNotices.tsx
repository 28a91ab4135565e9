import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import type { JournalRecovery, WorkspaceInfo } from '@shared/domain/workspace';
import { onEvent } from '../../lib/api';

/** Recovery reports already shown in this window: workspace.info carries the report as long as the file stays open. */
const shownReports = new Set<string>();

/**
 * Tells the user what the engine did on its own: restarted after it stopped, or recovered a damaged journal while
 * opening. Renders nothing; the messages are toasts that stay until dismissed when they need reading.
 */
export function EngineNotices({ workspace }: { workspace: WorkspaceInfo | null }) {
  const { t } = useTranslation();

  useEffect(
    () =>
      onEvent('engine.restarted', ({ restarted, reopened, error }) => {
        if (!restarted) {
          toast.error(t('engineNotices.gaveUp'), { description: t('engineNotices.gaveUpHint', { error: error ?? '' }), duration: Infinity });
        } else if (error) {
          toast.warning(t('engineNotices.restarted'), { description: t('engineNotices.restartedNotReopened', { error }), duration: Infinity });
        } else {
          const description = reopened ? t('engineNotices.restartedReopened', { file: reopened }) : t('engineNotices.restartedNothingOpen');
          toast.warning(t('engineNotices.restarted'), { description, duration: 15_000 });
        }
      }),
    [t],
  );

  const recovery = workspace?.recovery;
  const path = workspace?.path;
  useEffect(() => {
    if (!recovery || !path) return;
    const key = `${path}|${recovery.keptAs ?? ''}|${recovery.recovered}|${recovery.notApplied}`;
    if (shownReports.has(key)) return;
    shownReports.add(key);
    if (recovery.damaged) {
      toast.warning(t('engineNotices.recoveredTitle'), { description: recoveryLines(recovery, t).join(' '), duration: Infinity });
    } else if (recovery.unfinishedEditDropped) {
      toast.info(t('engineNotices.unfinishedTitle'), { description: t('engineNotices.unfinished'), duration: 10_000 });
    }
  }, [recovery, path, t]);

  return null;
}

function recoveryLines(recovery: JournalRecovery, t: ReturnType<typeof useTranslation>['t']): string[] {
  const lines: string[] = [];
  if (recovery.otherWorkspace) lines.push(t('engineNotices.otherWorkspace', { count: recovery.notApplied }));
  else {
    lines.push(t('engineNotices.recovered', { count: recovery.recovered }));
    if (recovery.repaired > 0) lines.push(t('engineNotices.repaired', { count: recovery.repaired }));
    if (recovery.notApplied > 0) lines.push(t('engineNotices.notApplied', { count: recovery.notApplied, missing: recovery.missingSeq ?? '?' }));
    else lines.push(t('engineNotices.nothingLost'));
  }
  if (recovery.keptAs) lines.push(t('engineNotices.keptAs', { path: recovery.keptAs }));
  return lines;
}
