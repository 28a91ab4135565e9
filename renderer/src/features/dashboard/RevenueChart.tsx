import { useTranslation } from 'react-i18next';
import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { MetricsSummary } from '@shared/domain/metrics';
import { CHART_TOOLTIP_STYLE, type DashboardFormat } from './format';
import { Panel } from './Panel';

/**
 * Revenue by month: bars for the period, a faint line for the period before, month by month in the same order (the
 * first month of each side by side), so a season reads against the same season.
 */
export function RevenueChart({ current, previous, format }: { current: MetricsSummary; previous: MetricsSummary | undefined; format: DashboardFormat }) {
  const { t } = useTranslation();
  const before = previous?.revenueByMonth ?? [];
  const data = current.revenueByMonth.map((month, i) => ({
    label: format.monthShort(month.month),
    revenue: month.revenue,
    previous: before[i]?.revenue ?? null,
    previousLabel: before[i] ? format.month(before[i].month) : '',
  }));
  const hasRevenue = current.revenueByMonth.some((m) => m.revenue !== 0);
  return (
    <Panel title={t('dashboard.charts.revenue.title')} empty={hasRevenue ? null : t('dashboard.charts.revenue.empty')}>
      <div className="dashboard-chart" data-testid="chart-revenue">
        <ResponsiveContainer width="100%" height={240}>
          <ComposedChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 8 }}>
            <CartesianGrid vertical={false} stroke="var(--gray-a4)" />
            <XAxis dataKey="label" tickLine={false} axisLine={false} fontSize={12} minTickGap={8} />
            <YAxis tickFormatter={format.moneyAxis} tickLine={false} axisLine={false} fontSize={12} width={72} />
            <Tooltip
              formatter={(value, name) => [format.money(Number(value)), name]}
              cursor={{ fill: 'var(--gray-a3)' }}
              contentStyle={CHART_TOOLTIP_STYLE}
            />
            <Legend verticalAlign="top" align="right" height={28} iconSize={10} wrapperStyle={{ fontSize: 12 }} />
            <Bar dataKey="revenue" name={t('dashboard.charts.revenue.current')} fill="var(--accent-9)" radius={[3, 3, 0, 0]} maxBarSize={36} isAnimationActive={false} />
            {previous && (
              <Line
                dataKey="previous"
                name={t('dashboard.charts.revenue.previous')}
                stroke="var(--gray-9)"
                strokeDasharray="4 3"
                strokeWidth={2}
                dot={false}
                connectNulls
                isAnimationActive={false}
              />
            )}
          </ComposedChart>
        </ResponsiveContainer>
      </div>
    </Panel>
  );
}
