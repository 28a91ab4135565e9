import { Button, Flex, Progress, Spinner, Text } from '@radix-ui/themes';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, onEvent } from '../../lib/api';

/**
 * How far an engine job has got (its job.progress events) with a Stop button (jobs.cancel): a large file takes
 * seconds to read and to write, and the user can see it move and change their mind.
 */
export function JobProgress({
  jobId,
  className,
  waiting,
  counting,
  label,
  stop,
}: {
  jobId: 'imports.preview' | 'imports.run' | 'documents.export';
  className?: string;
  waiting: string;
  counting: (done: number, total: number) => string;
  label: string;
  stop: string;
}) {
  const { t } = useTranslation();
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [stopping, setStopping] = useState(false);
  useEffect(() => onEvent('job.progress', (event) => event.jobId === jobId && event.total !== null && setProgress({ done: event.done, total: event.total })), [jobId]);
  const percent = progress && progress.total > 0 ? Math.round((100 * progress.done) / progress.total) : null;
  return (
    <Flex direction="column" align="center" justify="center" gap="3" className={className} role="status">
      {percent === null ? <Spinner size="3" /> : <Progress value={percent} size="3" style={{ width: 320 }} aria-label={label} />}
      <Text size="3">{percent === null ? waiting : counting(progress!.done, progress!.total)}</Text>
      <Button
        variant="soft"
        color="gray"
        disabled={stopping}
        onClick={() => {
          setStopping(true);
          void call('jobs.cancel', {});
        }}
      >
        {stopping ? t('import.stopping') : stop}
      </Button>
    </Flex>
  );
}
