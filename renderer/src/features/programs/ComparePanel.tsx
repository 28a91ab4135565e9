import { Badge, Card, Flex, Grid, Select, Spinner, Table, Text, VisuallyHidden } from '@radix-ui/themes';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { EconomicsAnswer, EconomicsAssumptions, Program } from '@shared/domain/program';
import { ApiErrorCallout } from '../../components/ApiErrorCallout';
import { Field } from '../../components/Field';
import type { ApiError } from '../../lib/api';
import { useProgramEconomics, useSegments } from '../../lib/queries';
import { formatDate, formatMoney } from '../customers/format';
import { figureLabel, figureOf, figureValue, upliftText } from './figures';
import { rulesSummary, STATUS_COLOURS, TYPE_ICONS } from './kinds';

/** The key figures the comparison lines up (under the same assumptions for both). */
const COMPARED_FIGURES = ['members', 'rewardsEarned', 'programCost', 'incrementalRevenue', 'incrementalGrossProfit', 'net', 'paybackMonths', 'breakEvenUplift'] as const;

/** Two programs side by side: what they are, for whom, their rules, budget and their economics under the same assumptions. */
export function ComparePanel({
  programs,
  pair,
  onPair,
  assumptions,
  currency,
  today,
}: {
  programs: Program[];
  pair: [string | null, string | null];
  onPair: (pair: [string | null, string | null]) => void;
  assumptions: EconomicsAssumptions;
  currency: string;
  today: string;
}) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const segments = useSegments();
  const a = programs.find((p) => p.id === pair[0]) ?? null;
  const b = programs.find((p) => p.id === pair[1]) ?? null;
  const ea = useProgramEconomics(a ? { programId: a.id, asOf: today, assumptions } : null);
  const eb = useProgramEconomics(b ? { programId: b.id, asOf: today, assumptions } : null);

  if (programs.length < 2) return <Text color="gray">{t('programs.compare.needTwo')}</Text>;

  const target = (p: Program) =>
    p.segmentIds.length === 0 ? t('programs.compare.everyone') : p.segmentIds.map((id) => segments.data?.find((s) => s.id === id)?.name ?? t('programs.compare.goneSegment')).join(', ');
  const period = (p: Program) =>
    p.startDate || p.endDate ? `${p.startDate ? formatDate(p.startDate, locale) : '…'} – ${p.endDate ? formatDate(p.endDate, locale) : '…'}` : t('programs.compare.noDates');
  const channels = (p: Program) => (p.channels.length === 0 ? '—' : p.channels.map((c) => t(`programs.channels.${c}`)).join(', '));

  const rows: { label: string; cell: (p: Program, e: { data?: EconomicsAnswer | undefined; error: ApiError | null }) => ReactNode }[] = [
    {
      label: t('programs.compare.type'),
      cell: (p) => {
        const Icon = TYPE_ICONS[p.rules.type];
        return (
          <Flex align="center" gap="2">
            <Icon size={14} aria-hidden /> {t(`programs.types.${p.rules.type}`)}
          </Flex>
        );
      },
    },
    {
      label: t('programs.compare.status'),
      cell: (p) => (
        <Badge color={STATUS_COLOURS[p.status]} variant="soft">
          {t(`programs.status.${p.status}`)}
        </Badge>
      ),
    },
    { label: t('programs.compare.target'), cell: (p) => target(p) },
    { label: t('programs.compare.rules'), cell: (p) => rulesSummary(p.rules, t, locale, currency) },
    { label: t('programs.compare.channels'), cell: (p) => channels(p) },
    { label: t('programs.compare.budget'), cell: (p) => (p.budgetMinor > 0 ? formatMoney(p.budgetMinor, currency, locale) : t('programs.compare.noBudget')) },
    { label: t('programs.compare.period'), cell: (p) => period(p) },
    ...COMPARED_FIGURES.map((key) => ({
      label: figureLabel(key, t),
      cell: (_p: Program, e: { data?: EconomicsAnswer | undefined; error: ApiError | null }) => {
        if (e.error) return <Text color="red">{t('programs.economics.failed')}</Text>;
        if (!e.data) return <Spinner size="1" />;
        const figure = figureOf(e.data.figures, key);
        if (!figure) return '—';
        const negative = figure.unit === 'money' && figure.value !== null && figure.value < 0;
        return (
          <Text className="programs-number" color={negative ? 'red' : undefined} weight={key === 'net' ? 'bold' : 'regular'} title={figure.how}>
            {figureValue(figure, t, locale, currency, assumptions.upliftKind)}
          </Text>
        );
      },
    })),
  ];

  const picker = (side: 0 | 1, label: string) => (
    <Field id={`compare-${side}`} label={label}>
      <Select.Root value={pair[side] ?? undefined} onValueChange={(id) => onPair(side === 0 ? [id, pair[1]] : [pair[0], id])}>
        <Select.Trigger id={`compare-${side}`} placeholder={t('programs.compare.pick')} style={{ width: '100%' }} />
        <Select.Content>
          {programs.map((p) => (
            <Select.Item key={p.id} value={p.id}>
              {p.name}
            </Select.Item>
          ))}
        </Select.Content>
      </Select.Root>
    </Field>
  );

  return (
    <Flex direction="column" gap="4" data-testid="compare">
      <Grid columns={{ initial: '1', sm: '2' }} gap="4" maxWidth="760px">
        {picker(0, t('programs.compare.first'))}
        {picker(1, t('programs.compare.second'))}
      </Grid>
      <Text as="p" size="1" color="gray">
        {t('programs.compare.assumptions', {
          kind: t(`programs.economics.upliftKinds.${assumptions.upliftKind}`).toLocaleLowerCase(locale),
          uplift: upliftText(assumptions.upliftPercent, assumptions.upliftKind, t, locale),
          redemption: assumptions.redemptionPercent,
          join: assumptions.joinPercent,
        })}
      </Text>
      {ea.error && <ApiErrorCallout error={ea.error} title={t('programs.economics.failed')} />}
      {a && b ? (
        <Card size="1">
          <Table.Root size="2" data-testid="compare-table">
            <Table.Header>
              <Table.Row>
                <Table.ColumnHeaderCell width="22%">
                  <VisuallyHidden>{t('programs.compare.aspect')}</VisuallyHidden>
                </Table.ColumnHeaderCell>
                <Table.ColumnHeaderCell width="39%">{a.name}</Table.ColumnHeaderCell>
                <Table.ColumnHeaderCell width="39%">{b.name}</Table.ColumnHeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {rows.map((row) => (
                <Table.Row key={row.label}>
                  <Table.RowHeaderCell>
                    <Text size="2" color="gray">
                      {row.label}
                    </Text>
                  </Table.RowHeaderCell>
                  <Table.Cell>{row.cell(a, ea)}</Table.Cell>
                  <Table.Cell>{row.cell(b, eb)}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table.Root>
        </Card>
      ) : (
        <Text color="gray">{t('programs.compare.pickTwo')}</Text>
      )}
    </Flex>
  );
}
