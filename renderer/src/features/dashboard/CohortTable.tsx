import { VisuallyHidden } from '@radix-ui/themes';
import { useTranslation } from 'react-i18next';
import type { MetricsSummary } from '@shared/domain/metrics';
import type { DashboardFormat } from './format';
import { Panel } from './Panel';

/**
 * Monthly cohorts as a heat map: a real table (a row per month of first purchase, a column per month after), each
 * cell the percent of the cohort who bought that month, shaded by it, with the count on hover and for screen
 * readers. Month 0 is the cohort itself (always 100 %), so it shows the size instead.
 */
export function CohortTable({ summary, format }: { summary: MetricsSummary; format: DashboardFormat }) {
  const { t } = useTranslation();
  const cohorts = summary.cohorts.filter((c) => c.size > 0);
  const months = Math.max(0, ...cohorts.map((c) => c.retained.length - 1));
  const after = Array.from({ length: months }, (_, i) => i + 1);
  return (
    <Panel title={t('dashboard.charts.cohorts.title')} help={t('dashboard.charts.cohorts.help')} empty={cohorts.length === 0 ? t('dashboard.charts.cohorts.empty') : null}>
      <div className="dashboard-cohorts-scroll">
        <table className="dashboard-cohorts" data-testid="cohort-table">
          <caption>
            <VisuallyHidden>{t('dashboard.charts.cohorts.title')}</VisuallyHidden>
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('dashboard.charts.cohorts.cohort')}</th>
              <th scope="col">{t('dashboard.charts.cohorts.size')}</th>
              {after.map((k) => (
                <th scope="col" key={k} title={t('dashboard.charts.cohorts.monthLabel', { count: k })}>
                  <span aria-hidden>{t('dashboard.charts.cohorts.month', { count: k })}</span>
                  <VisuallyHidden>{t('dashboard.charts.cohorts.monthLabel', { count: k })}</VisuallyHidden>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {cohorts.map((cohort) => (
              <tr key={cohort.cohort}>
                <th scope="row">{format.month(cohort.cohort)}</th>
                <td className="dashboard-cohort-size">{format.number(cohort.size)}</td>
                {after.map((k) => {
                  const retained = cohort.retained[k];
                  if (retained === undefined) return <td key={k} className="dashboard-cohort-none" />;
                  const share = retained / cohort.size;
                  const count = t('dashboard.charts.cohorts.cell', { retained: format.number(retained), size: format.number(cohort.size) });
                  return (
                    <td key={k} title={count} style={{ background: `color-mix(in srgb, var(--accent-9) ${Math.round(share * 100)}%, transparent)` }} data-strong={share >= 0.5 || undefined}>
                      {format.percent(share)}
                      <VisuallyHidden> ({count})</VisuallyHidden>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Panel>
  );
}
