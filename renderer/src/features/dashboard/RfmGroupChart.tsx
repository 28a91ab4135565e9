import { useTranslation } from 'react-i18next';
import { Bar, BarChart, Cell, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { RFM_GROUPS, type RfmGroup } from '@shared/domain/rfm';
import type { MetricsSummary } from '@shared/domain/metrics';
import { groupColour } from '../segments/rfmColours';
import { useNavigation } from '../shell/navigation';
import { CHART_TOOLTIP_STYLE, type DashboardFormat } from './format';
import { Panel } from './Panel';

/** How many customers are in each RFM group as of the period's end, best groups first, each in its own colour. */
export function RfmGroupChart({ summary, format }: { summary: MetricsSummary; format: DashboardFormat }) {
  const { t } = useTranslation();
  const { openCustomers } = useNavigation();
  // a bar opens the customers grid limited to that group as of the period's end
  const openGroup = (group: RfmGroup, name: string) =>
    openCustomers({ segment: { rules: { kind: 'group', op: 'and', not: false, rules: [{ field: 'rfmGroup', op: 'in', values: [group] }] }, asOf: summary.to }, label: name });
  const byGroup = new Map(summary.byRfmGroup.map((row) => [row.group, row]));
  const data = RFM_GROUPS.map((group) => ({
    group,
    name: t(`rfm.groups.${group}`),
    customers: byGroup.get(group)?.customers ?? 0,
    revenue: byGroup.get(group)?.revenue ?? 0,
  }));
  const total = data.reduce((sum, row) => sum + row.customers, 0);
  return (
    <Panel title={t('dashboard.charts.rfm.title')} help={t('dashboard.charts.rfm.help')} empty={total === 0 ? t('dashboard.charts.rfm.empty') : null}>
      <div className="dashboard-chart" data-testid="chart-rfm">
        <ResponsiveContainer width="100%" height={RFM_GROUPS.length * 26 + 16}>
          <BarChart data={data} layout="vertical" margin={{ top: 0, right: 48, bottom: 0, left: 0 }} barCategoryGap={4}>
            <XAxis type="number" hide />
            <YAxis type="category" dataKey="name" width={136} tickLine={false} axisLine={false} fontSize={12} interval={0} />
            <Tooltip
              cursor={{ fill: 'var(--gray-a3)' }}
              labelFormatter={(label, payload) => {
                const group = (payload?.[0]?.payload as { group?: string } | undefined)?.group;
                return group ? `${String(label)} — ${t(`rfm.explain.${group}`)}` : String(label);
              }}
              formatter={(value, _name, item) => [
                `${format.number(Number(value))} · ${format.money((item.payload as { revenue: number }).revenue)}`,
                t('dashboard.charts.rfm.customers'),
              ]}
              contentStyle={CHART_TOOLTIP_STYLE}
            />
            <Bar dataKey="customers" radius={[0, 3, 3, 0]} isAnimationActive={false} cursor="pointer" onClick={(entry) => openGroup((entry.payload as { group: RfmGroup }).group, (entry.payload as { name: string }).name)}>
              {data.map((row) => (
                <Cell key={row.group} fill={`var(--${groupColour(row.group)}-9)`} />
              ))}
              <LabelList dataKey="customers" position="right" fontSize={12} fill="var(--gray-11)" formatter={(v) => format.number(Number(v))} />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </div>
    </Panel>
  );
}
