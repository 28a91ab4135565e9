import { useTranslation } from 'react-i18next';
import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { MetricsSummary } from '@shared/domain/metrics';
import { CHART_TOOLTIP_STYLE, type DashboardFormat } from './format';
import { Panel } from './Panel';

/** NPS month by month (−100 to 100, zero marked); months without answers leave a gap the line bridges. */
export function NpsChart({ summary, format }: { summary: MetricsSummary; format: DashboardFormat }) {
  const { t } = useTranslation();
  const data = summary.npsByMonth.map((m) => ({ label: format.monthShort(m.month), score: m.score, responses: m.responses }));
  const answered = summary.npsByMonth.some((m) => m.responses > 0);
  return (
    <Panel title={t('dashboard.charts.nps.title')} help={t('dashboard.tiles.nps.help')} empty={answered ? null : t('dashboard.charts.nps.empty')}>
      <div className="dashboard-chart" data-testid="chart-nps">
        <ResponsiveContainer width="100%" height={200}>
          <LineChart data={data} margin={{ top: 8, right: 12, bottom: 0, left: 0 }}>
            <CartesianGrid vertical={false} stroke="var(--gray-a4)" />
            <XAxis dataKey="label" tickLine={false} axisLine={false} fontSize={12} minTickGap={8} />
            <YAxis domain={[-100, 100]} ticks={[-100, -50, 0, 50, 100]} tickLine={false} axisLine={false} fontSize={12} width={40} />
            <ReferenceLine y={0} stroke="var(--gray-a8)" />
            <Tooltip
              formatter={(value, _name, item) => [
                `${format.number(Number(value))} (${t('dashboard.tiles.npsAnswers', { count: (item.payload as { responses: number }).responses, formatted: format.number((item.payload as { responses: number }).responses) })})`,
                t('dashboard.charts.nps.score'),
              ]}
              contentStyle={CHART_TOOLTIP_STYLE}
            />
            <Line dataKey="score" stroke="var(--accent-9)" strokeWidth={2} dot={{ r: 3 }} connectNulls isAnimationActive={false} />
          </LineChart>
        </ResponsiveContainer>
      </div>
    </Panel>
  );
}
