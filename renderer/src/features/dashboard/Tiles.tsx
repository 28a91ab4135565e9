import { Card, Flex, Grid, Text, Tooltip } from '@radix-ui/themes';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { MetricsSummary } from '@shared/domain/metrics';
import { ChangeBadge } from './ChangeBadge';
import { type FigureKind, figureChange } from './change';
import type { DashboardFormat } from './format';

type TileId = 'customers' | 'buyers' | 'revenue' | 'repeatRate' | 'retention' | 'churn' | 'referralShare' | 'nps' | 'avgDays' | 'atRisk';

interface TileSpec {
  id: TileId;
  kind: FigureKind;
  better?: 'higher' | 'lower';
  value: (s: MetricsSummary) => number | null;
  /** A small line under the figure: what it is made of. */
  detail?: (s: MetricsSummary, f: DashboardFormat, t: ReturnType<typeof useTranslation>['t']) => string;
}

const TILES: TileSpec[] = [
  { id: 'customers', kind: 'count', value: (s) => s.customers, detail: (s, f, t) => t('dashboard.tiles.newCustomers', { count: s.newCustomers, formatted: f.number(s.newCustomers) }) },
  { id: 'buyers', kind: 'count', value: (s) => s.buyers, detail: (s, f, t) => t('dashboard.tiles.purchases', { count: s.purchases, formatted: f.number(s.purchases) }) },
  {
    id: 'revenue',
    kind: 'money',
    value: (s) => s.revenue,
    detail: (s, f, t) => (s.averageOrderValue === null ? '' : t('dashboard.tiles.averageOrder', { value: f.money(s.averageOrderValue) })),
  },
  { id: 'repeatRate', kind: 'rate', value: (s) => s.repeatPurchaseRate },
  {
    id: 'retention',
    kind: 'rate',
    value: (s) => s.retentionRate,
    detail: (s, f, t) => t('dashboard.tiles.retainedOf', { retained: f.number(s.retainedBuyers), previous: f.number(s.previousBuyers) }),
  },
  { id: 'churn', kind: 'rate', better: 'lower', value: (s) => s.churnRate },
  { id: 'referralShare', kind: 'rate', value: (s) => s.referralShare },
  {
    id: 'nps',
    kind: 'nps',
    value: (s) => s.nps.score,
    detail: (s, f, t) => (s.nps.responses === 0 ? t('dashboard.tiles.noAnswers') : t('dashboard.tiles.npsAnswers', { count: s.nps.responses, formatted: f.number(s.nps.responses) })),
  },
  { id: 'avgDays', kind: 'days', better: 'lower', value: (s) => s.avgDaysBetweenPurchases },
  {
    id: 'atRisk',
    kind: 'money',
    better: 'lower',
    value: (s) => s.atRisk.lifetimeRevenue,
    detail: (s, f, t) => t('dashboard.tiles.atRiskPeople', { count: s.atRisk.customers, formatted: f.number(s.atRisk.customers) }),
  },
];

function formatFigure(value: number | null, kind: FigureKind, f: DashboardFormat, t: ReturnType<typeof useTranslation>['t']): string {
  if (value === null) return t('dashboard.notAvailable');
  switch (kind) {
    case 'count':
      return f.number(value);
    case 'money':
      return f.moneyTile(value);
    case 'rate':
      return f.percent(value);
    case 'nps':
      return f.number(value);
    case 'days':
      return t('dashboard.tiles.days', { count: Math.round(value), formatted: f.number(value) });
  }
}

/** The period's figures, each beside its change against the period before, each with a definition on hover and focus. */
export function Tiles({ current, previous, format }: { current: MetricsSummary; previous: MetricsSummary | undefined; format: DashboardFormat }) {
  const { t } = useTranslation();
  return (
    <Grid asChild columns={{ initial: '2', sm: '3', md: '5' }} gap="3">
      <ul className="dashboard-tiles" aria-label={t('dashboard.tiles.label')}>
        {TILES.map((tile) => {
          const value = tile.value(current);
          const before = previous ? tile.value(previous) : null;
          return (
            <Tile
              key={tile.id}
              id={tile.id}
              title={t(`dashboard.tiles.${tile.id}.title`)}
              help={t(`dashboard.tiles.${tile.id}.help`)}
              figure={formatFigure(value, tile.kind, format, t)}
              detail={tile.detail?.(current, format, t)}
              change={previous ? <ChangeBadge change={figureChange(value, before, tile.kind, tile.better)} previous={formatFigure(before, tile.kind, format, t)} /> : null}
            />
          );
        })}
      </ul>
    </Grid>
  );
}

function Tile({ id, title, help, figure, detail, change }: { id: TileId; title: string; help: string; figure: string; detail: string | undefined; change: ReactNode }) {
  return (
    <li className="dashboard-tile" data-tile={id}>
      <Tooltip content={help} side="bottom">
        {/* focusable, so the definition opens from the keyboard too */}
        <Card tabIndex={0} className="dashboard-tile-card">
          <Flex direction="column" gap="1">
            <Text size="2" color="gray" className="dashboard-tile-title">
              {title}
            </Text>
            <Text size="6" weight="bold" className="dashboard-figure" data-testid={`tile-${id}`}>
              {figure}
            </Text>
            <Flex gap="2" align="center" wrap="wrap" minHeight="18px">
              {change}
              {detail && (
                <Text size="1" color="gray">
                  {detail}
                </Text>
              )}
            </Flex>
          </Flex>
        </Card>
      </Tooltip>
    </li>
  );
}
