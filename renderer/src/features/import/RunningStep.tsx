import { useTranslation } from 'react-i18next';
import { JobProgress } from './JobProgress';

/** While the engine writes: how far it is, and a way to stop it (nothing is kept). */
export function RunningStep() {
  const { t } = useTranslation();
  return (
    <JobProgress
      jobId="imports.run"
      className="import-running"
      waiting={t('import.running')}
      counting={(done, total) => t('import.runningProgress', { done, total })}
      label={t('import.progressLabel')}
      stop={t('import.stop')}
    />
  );
}
