import { Button, Flex, Select, Text, TextField } from '@radix-ui/themes';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { customPeriodProblem, PERIOD_PRESETS, type Period, type PeriodPreset } from './period';

/** Which period the dashboard shows: a preset, or a custom from–to the user types and applies. */
export function PeriodPicker({
  preset,
  custom,
  onPreset,
  onCustom,
}: {
  preset: PeriodPreset;
  custom: Period;
  onPreset: (preset: PeriodPreset) => void;
  onCustom: (period: Period) => void;
}) {
  const { t } = useTranslation();
  const [from, setFrom] = useState(custom.from);
  const [to, setTo] = useState(custom.to);
  const [tried, setTried] = useState(false);
  const problem = customPeriodProblem(from, to);

  const apply = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (!problem) onCustom({ from, to });
  };

  return (
    <Flex direction="column" gap="2" align="end">
      <Flex gap="2" align="center" wrap="wrap" justify="end">
        <Text as="label" size="2" color="gray" htmlFor="dashboard-period">
          {t('dashboard.period.label')}
        </Text>
        <Select.Root value={preset} onValueChange={(value) => onPreset(value as PeriodPreset)}>
          <Select.Trigger id="dashboard-period" aria-label={t('dashboard.period.label')} />
          <Select.Content position="popper">
            {PERIOD_PRESETS.map((p) => (
              <Select.Item key={p} value={p}>
                {t(`dashboard.period.presets.${p}`)}
              </Select.Item>
            ))}
          </Select.Content>
        </Select.Root>
      </Flex>
      {preset === 'custom' && (
        <form onSubmit={apply} noValidate>
          <Flex gap="2" align="center" wrap="wrap" justify="end">
            <Text as="label" size="2" htmlFor="dashboard-from">
              {t('dashboard.period.from')}
            </Text>
            <TextField.Root id="dashboard-from" type="date" value={from} onChange={(e) => setFrom(e.target.value)} aria-invalid={tried && problem === 'fromInvalid' ? true : undefined} />
            <Text as="label" size="2" htmlFor="dashboard-to">
              {t('dashboard.period.to')}
            </Text>
            <TextField.Root id="dashboard-to" type="date" value={to} onChange={(e) => setTo(e.target.value)} aria-invalid={tried && problem !== null && problem !== 'fromInvalid' ? true : undefined} />
            <Button type="submit" variant="soft">
              {t('dashboard.period.apply')}
            </Button>
          </Flex>
          {tried && problem && (
            <Text as="p" size="1" color="red" role="alert" mt="1" align="right">
              {t(`dashboard.period.problems.${problem}`)}
            </Text>
          )}
        </form>
      )}
    </Flex>
  );
}
