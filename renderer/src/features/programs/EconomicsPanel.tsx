import { Badge, Box, Button, Callout, Card, Flex, Grid, Heading, Select, Spinner, Table, Text } from '@radix-ui/themes';
import { ChevronRight, Info, TrendingUp } from 'lucide-react';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, Cell, LabelList, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import {
  EconomicsAssumptionsSchema,
  UPLIFT_KINDS,
  type EconomicsAnswer,
  type EconomicsAssumptions,
  type EconomicsFigure,
  type Program,
  type UpliftKind,
} from '@shared/domain/program';
import { ApiErrorCallout } from '../../components/ApiErrorCallout';
import { Field } from '../../components/Field';
import { useProgramEconomics } from '../../lib/queries';
import { useDebounced } from '../../lib/useDebounced';
import { formatDate, formatMoney, formatNumber } from '../customers/format';
import { figureLabel, figureOf, figureValue, percentText, RETENTION_KEYS, upliftText } from './figures';
import { NumberField } from './inputs';

const ATTENTION_TYPES = new Set(['thankYou', 'winBack', 'anniversary', 'surprise']);

function wholeMoney(minor: number, currency: string, locale: string): string {
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0, minimumFractionDigits: 0 }).format(minor / 100);
  } catch {
    return formatNumber(Math.round(minor / 100), locale);
  }
}

/**
 * What a program would cost and earn in a year, before it starts, from the workspace's own purchases: the
 * assumptions (asked again as they change, debounced), the headline figures, "+5 % retention" made concrete, every
 * figure with how it was computed, and the sensitivity table over uplift × redemption.
 */
export function EconomicsPanel({
  program,
  currency,
  today,
  assumptions,
  onAssumptions,
  unsaved,
}: {
  program: Program;
  currency: string;
  today: string;
  assumptions: EconomicsAssumptions;
  onAssumptions: (next: EconomicsAssumptions) => void;
  unsaved: boolean;
}) {
  const { t } = useTranslation();
  const settled = useDebounced(assumptions, 350);
  const economics = useProgramEconomics({ programId: program.id, asOf: today, assumptions: settled });
  const answer = economics.data;

  return (
    <Flex direction="column" gap="4" data-testid="program-economics">
      {unsaved && (
        <Callout.Root color="amber" variant="surface" size="1">
          <Callout.Icon>
            <Info size={16} />
          </Callout.Icon>
          <Callout.Text>{t('programs.economics.unsaved')}</Callout.Text>
        </Callout.Root>
      )}
      <AssumptionsForm program={program} assumptions={assumptions} onChange={onAssumptions} currency={currency} />
      {economics.error ? (
        <ApiErrorCallout error={economics.error} title={t('programs.economics.failed')} />
      ) : !answer ? (
        <Flex justify="center" py="6">
          <Spinner size="3" aria-label={t('common.loading')} />
        </Flex>
      ) : (
        <Box className={economics.isFetching ? 'programs-refreshing' : undefined} aria-busy={economics.isFetching}>
          <EconomicsResult answer={answer} currency={currency} />
        </Box>
      )}
    </Flex>
  );
}

function AssumptionsForm({ program, assumptions, onChange, currency }: { program: Program; assumptions: EconomicsAssumptions; onChange: (next: EconomicsAssumptions) => void; currency: string }) {
  const { t } = useTranslation();
  const [local, setLocal] = useState(assumptions);
  const checked = EconomicsAssumptionsSchema.safeParse(local);
  const errors: Partial<Record<keyof EconomicsAssumptions, string>> = {};
  if (!checked.success) {
    for (const issue of checked.error.issues) {
      const field = issue.path[0] as keyof EconomicsAssumptions;
      if (errors[field]) continue;
      errors[field] =
        issue.code === 'too_small' ? t('programs.errors.min', { min: Number(issue.minimum) }) : issue.code === 'too_big' ? t('programs.errors.max', { max: Number(issue.maximum) }) : issue.message;
    }
  }
  const set = <K extends keyof EconomicsAssumptions>(key: K, value: EconomicsAssumptions[K]) => {
    const next = { ...local, [key]: value };
    setLocal(next);
    const valid = EconomicsAssumptionsSchema.safeParse(next);
    if (valid.success) onChange(valid.data);
  };
  const noop = useCallback(() => {}, []);
  const attention = ATTENTION_TYPES.has(program.rules.type);
  const percentSuffix = (kind: UpliftKind) => (kind === 'retention' ? t('programs.economics.pointsSuffix') : '%');
  return (
    <Card size="2" asChild>
      <section aria-labelledby="assumptions-heading">
        <Heading as="h3" size="3" id="assumptions-heading">
          {t('programs.economics.assumptions')}
        </Heading>
        <Text as="p" size="1" color="gray" mb="3">
          {t('programs.economics.assumptionsHint')}
        </Text>
        <Grid columns={{ initial: '1', sm: '2', md: '4' }} gap="3">
          <Field id="assume-kind" label={t('programs.economics.upliftKind')} help={t(`programs.economics.upliftHelp.${local.upliftKind}`)}>
            <Select.Root value={local.upliftKind} onValueChange={(kind) => set('upliftKind', kind as UpliftKind)}>
              <Select.Trigger id="assume-kind" style={{ width: '100%' }} />
              <Select.Content>
                {UPLIFT_KINDS.map((kind) => (
                  <Select.Item key={kind} value={kind}>
                    {t(`programs.economics.upliftKinds.${kind}`)}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select.Root>
          </Field>
          <NumberField id="assume-uplift" label={t('programs.economics.upliftPercent')} kind="decimal" suffix={percentSuffix(local.upliftKind)} value={local.upliftPercent} onChange={(v) => set('upliftPercent', v)} onValidity={noop} error={errors.upliftPercent} />
          <NumberField id="assume-redemption" label={t('programs.economics.redemptionPercent')} help={t('programs.economics.redemptionHelp')} kind="decimal" suffix="%" value={local.redemptionPercent} onChange={(v) => set('redemptionPercent', v)} onValidity={noop} error={errors.redemptionPercent} />
          <NumberField
            id="assume-join"
            label={t('programs.economics.joinPercent')}
            help={attention ? t('programs.economics.joinAttention') : t('programs.economics.joinHelp')}
            kind="decimal"
            suffix="%"
            value={local.joinPercent}
            onChange={(v) => set('joinPercent', v)}
            onValidity={noop}
            error={errors.joinPercent}
          />
          <NumberField id="assume-postage" label={t('programs.economics.postage', { currency })} kind="money" value={local.postagePerContactMinor} onChange={(v) => set('postagePerContactMinor', v)} onValidity={noop} error={errors.postagePerContactMinor} />
          <NumberField id="assume-contacts" label={t('programs.economics.contacts')} kind="decimal" value={local.contactsPerMemberPerYear} onChange={(v) => set('contactsPerMemberPerYear', v)} onValidity={noop} error={errors.contactsPerMemberPerYear} />
          <NumberField id="assume-fixed" label={t('programs.economics.fixedCost', { currency })} help={t('programs.economics.fixedHelp')} kind="money" value={local.fixedCostMinor} onChange={(v) => set('fixedCostMinor', v)} onValidity={noop} error={errors.fixedCostMinor} />
        </Grid>
      </section>
    </Card>
  );
}

function EconomicsResult({ answer, currency }: { answer: EconomicsAnswer; currency: string }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const { base, figures, assumptions } = answer;
  // tiles show whole units, as an owner reads a headline ("DKK 48,425"); the table below has the exact amounts
  const value = (key: string) => {
    const figure = figureOf(figures, key);
    if (!figure) return t('programs.economics.none');
    if (figure.unit === 'money' && figure.value !== null) return wholeMoney(figure.value, currency, locale);
    return figureValue(figure, t, locale, currency, assumptions.upliftKind);
  };
  const net = figureOf(figures, 'net')?.value ?? null;
  const tableFigures = figures.filter((f) => !(RETENTION_KEYS as readonly string[]).includes(f.key));

  return (
    <Flex direction="column" gap="4">
      <Text as="p" size="2" color="gray" data-testid="economics-base">
        {t('programs.economics.base', {
          from: formatDate(base.from, locale),
          to: formatDate(base.asOf, locale),
          buyers: formatNumber(base.activeBuyers, locale),
          target: formatNumber(base.targetCustomers, locale),
          purchases: formatNumber(base.purchases, locale),
          revenue: formatMoney(base.revenueMinor, currency, locale),
          margin: percentText(base.grossMarginPercent, locale),
          retention: percentText(base.retentionRate * 100, locale),
        })}
      </Text>
      {base.unconvertedCurrencies.length > 0 && (
        <Callout.Root color="amber" size="1">
          <Callout.Text>{t('programs.economics.unconverted', { currencies: base.unconvertedCurrencies.join(', ') })}</Callout.Text>
        </Callout.Root>
      )}

      <Grid columns={{ initial: '2', md: '4' }} gap="3" role="list" aria-label={t('programs.economics.headline')}>
        <Tile label={figureLabel('net', t)} value={value('net')} tone={net === null ? undefined : net < 0 ? 'red' : 'green'} testId="tile-net" />
        <Tile label={figureLabel('programCost', t)} value={value('programCost')} testId="tile-cost" />
        <Tile label={figureLabel('paybackMonths', t)} value={value('paybackMonths')} testId="tile-payback" />
        <Tile label={figureLabel('breakEvenUplift', t)} value={value('breakEvenUplift')} testId="tile-break-even" />
      </Grid>

      <CostReturnChart figures={figures} currency={currency} />
      <RetentionCard figures={figures} currency={currency} upliftKind={assumptions.upliftKind} />
      <FiguresTable figures={tableFigures} currency={currency} upliftKind={assumptions.upliftKind} />

      <SensitivityTable answer={answer} currency={currency} />
    </Flex>
  );
}

function Tile({ label, value, tone, testId }: { label: string; value: string; tone?: 'red' | 'green' | undefined; testId: string }) {
  return (
    <Card role="listitem" data-testid={testId}>
      <Text as="div" size="1" color="gray">
        {label}
      </Text>
      <Text as="div" size="5" weight="bold" color={tone} className="programs-tile-value programs-nowrap">
        {value}
      </Text>
    </Card>
  );
}

/** "How was this computed?": a button that shows the figure's `how` under it; reachable and told by keyboard. */
function HowToggle({ id, open, onToggle, label }: { id: string; open: boolean; onToggle: () => void; label: string }) {
  const { t } = useTranslation();
  return (
    <button type="button" className="programs-how-toggle" aria-expanded={open} aria-controls={id} onClick={onToggle} aria-label={t('programs.economics.howFor', { figure: label })}>
      <ChevronRight size={14} aria-hidden className="programs-how-chevron" />
      {t('programs.economics.how')}
    </button>
  );
}

function RetentionCard({ figures, currency, upliftKind }: { figures: EconomicsFigure[]; currency: string; upliftKind: UpliftKind }) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState<Set<string>>(new Set());
  const main = figureOf(figures, 'retentionPlusFive');
  if (!main) return null;
  const toggle = (key: string) => setOpen((before) => (before.has(key) ? new Set([...before].filter((k) => k !== key)) : new Set([...before, key])));
  return (
    <Card size="3" className="programs-retention" asChild>
      <section aria-labelledby="retention-heading" data-testid="retention-card">
        <Flex align="center" gap="2" mb="2">
          <TrendingUp size={18} aria-hidden className="accent-icon" />
          <Heading as="h3" size="3" id="retention-heading">
            {t('programs.economics.retentionTitle')}
          </Heading>
        </Flex>
        <Text as="p" size="2" color="gray" mb="3">
          {t('programs.economics.retentionHint')}
        </Text>
        <Grid columns={{ initial: '1', sm: '3' }} gap="4">
          {RETENTION_KEYS.map((key) => {
            const figure = figureOf(figures, key);
            if (!figure) return null;
            const howId = `how-${key}`;
            return (
              <Box key={key}>
                <Text as="div" size="1" color="gray">
                  {figureLabel(key, t)}
                </Text>
                <Text as="div" size={key === 'retentionPlusFive' ? '6' : '4'} weight="bold" className="programs-tile-value" data-testid={`figure-${key}`}>
                  {figureValue(figure, t, i18n.language, currency, upliftKind)}
                </Text>
                <HowToggle id={howId} open={open.has(key)} onToggle={() => toggle(key)} label={figureLabel(key, t)} />
                <Text as="p" size="1" color="gray" id={howId} hidden={!open.has(key)} className="programs-how-text">
                  {figure.how}
                </Text>
              </Box>
            );
          })}
        </Grid>
      </section>
    </Card>
  );
}

function FiguresTable({ figures, currency, upliftKind }: { figures: EconomicsFigure[]; currency: string; upliftKind: UpliftKind }) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState<Set<string>>(new Set());
  const allOpen = figures.every((f) => open.has(f.key));
  const toggle = (key: string) => setOpen((before) => (before.has(key) ? new Set([...before].filter((k) => k !== key)) : new Set([...before, key])));
  const strong = new Set(['programCost', 'incrementalGrossProfit', 'net', 'paybackMonths', 'breakEvenUplift']);
  return (
    <Card size="2" asChild>
      <section aria-labelledby="figures-heading">
        <Flex justify="between" align="center" mb="2" gap="3">
          <Heading as="h3" size="3" id="figures-heading">
            {t('programs.economics.figures')}
          </Heading>
          <Button type="button" variant="ghost" size="1" onClick={() => setOpen(allOpen ? new Set() : new Set(figures.map((f) => f.key)))}>
            {allOpen ? t('programs.economics.hideAll') : t('programs.economics.showAll')}
          </Button>
        </Flex>
        <Table.Root size="1" aria-labelledby="figures-heading" data-testid="economics-figures">
          <Table.Header>
            <Table.Row>
              <Table.ColumnHeaderCell>{t('programs.economics.figure')}</Table.ColumnHeaderCell>
              <Table.ColumnHeaderCell justify="end">{t('programs.economics.value')}</Table.ColumnHeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {figures.flatMap((figure) => {
              const label = figureLabel(figure.key, t);
              const howId = `how-${figure.key.replace(/[^a-zA-Z0-9-]/g, '-')}`;
              const isOpen = open.has(figure.key);
              const negative = figure.unit === 'money' && figure.value !== null && figure.value < 0;
              const rows = [
                <Table.Row key={figure.key} data-figure={figure.key} className={strong.has(figure.key) ? 'programs-figure-strong' : undefined}>
                  <Table.RowHeaderCell>
                    <Flex gap="3" align="baseline" wrap="wrap">
                      <Text size="2" weight={strong.has(figure.key) ? 'medium' : 'regular'}>
                        {label}
                      </Text>
                      <HowToggle id={howId} open={isOpen} onToggle={() => toggle(figure.key)} label={label} />
                    </Flex>
                  </Table.RowHeaderCell>
                  <Table.Cell justify="end">
                    <Text size="2" weight={strong.has(figure.key) ? 'bold' : 'regular'} color={negative ? 'red' : undefined} className="programs-number">
                      {figureValue(figure, t, i18n.language, currency, upliftKind)}
                    </Text>
                  </Table.Cell>
                </Table.Row>,
              ];
              rows.push(
                <Table.Row key={`${figure.key}-how`} id={howId} hidden={!isOpen} className="programs-how-row">
                  <Table.Cell colSpan={2}>
                    <Text size="1" color="gray">
                      {figure.how}
                    </Text>
                  </Table.Cell>
                </Table.Row>,
              );
              return rows;
            })}
          </Table.Body>
        </Table.Root>
      </section>
    </Card>
  );
}

function CostReturnChart({ figures, currency }: { figures: EconomicsFigure[]; currency: string }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const data = useMemo(
    () =>
      (['programCost', 'incrementalGrossProfit', 'net'] as const).map((key) => {
        const raw = figureOf(figures, key)?.value ?? 0;
        // bars grow one way, coloured by what they mean: a cost (or a loss) red, a gain green
        const loss = key === 'programCost' || raw < 0;
        return { key, name: figureLabel(key, t), value: Math.abs(raw), loss, label: wholeMoney(raw, currency, locale) };
      }),
    [figures, t, currency, locale],
  );
  return (
    <Card size="2" asChild>
      <section aria-labelledby="chart-heading">
        <Heading as="h3" size="3" id="chart-heading" mb="1">
          {t('programs.economics.chartTitle')}
        </Heading>
        <Text as="p" size="1" color="gray" mb="2">
          {t('programs.economics.chartHint')}
        </Text>
        <div className="programs-chart" role="img" aria-label={data.map((d) => `${d.name}: ${d.label}`).join('; ')}>
          <ResponsiveContainer width="100%" height={120}>
            <BarChart data={data} layout="vertical" margin={{ top: 0, right: 110, bottom: 0, left: 0 }} barCategoryGap={8}>
              <XAxis type="number" hide domain={[0, 'dataMax']} />
              <YAxis type="category" dataKey="name" width={190} tickLine={false} axisLine={false} fontSize={12} interval={0} />
              <Bar dataKey="value" radius={3} isAnimationActive={false}>
                {data.map((d) => (
                  <Cell key={d.key} fill={d.loss ? 'var(--red-9)' : 'var(--grass-9)'} />
                ))}
                <LabelList dataKey="label" position="right" fontSize={12} fill="var(--gray-11)" />
              </Bar>
            </BarChart>
          </ResponsiveContainer>
        </div>
      </section>
    </Card>
  );
}

function SensitivityTable({ answer, currency }: { answer: EconomicsAnswer; currency: string }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const { uplifts, redemptions, profitMinor } = answer.sensitivity;
  const { upliftKind, upliftPercent, redemptionPercent } = answer.assumptions;
  return (
    <Card size="2" asChild>
      <section aria-labelledby="sensitivity-heading">
        <Heading as="h3" size="3" id="sensitivity-heading">
          {t('programs.economics.sensitivity')}
        </Heading>
        <Text as="p" size="1" color="gray" mb="3">
          {t('programs.economics.sensitivityHint', { kind: t(`programs.economics.upliftKinds.${upliftKind}`).toLocaleLowerCase(locale) })}
        </Text>
        <Table.Root size="1" variant="surface" data-testid="sensitivity-table" aria-labelledby="sensitivity-heading" className="programs-sensitivity">
          <Table.Header>
            <Table.Row>
              <Table.ColumnHeaderCell>{t('programs.economics.upliftRedeemed')}</Table.ColumnHeaderCell>
              {redemptions.map((r) => (
                <Table.ColumnHeaderCell key={r} justify="end">
                  {percentText(r, locale)}
                </Table.ColumnHeaderCell>
              ))}
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {uplifts.map((u, row) => (
              <Table.Row key={u}>
                <Table.RowHeaderCell>
                  <Text weight={u === upliftPercent ? 'bold' : 'regular'}>{upliftText(u, upliftKind, t, locale)}</Text>
                </Table.RowHeaderCell>
                {redemptions.map((r, col) => {
                  const profit = profitMinor[row]?.[col] ?? 0;
                  const mine = u === upliftPercent && r === redemptionPercent;
                  return (
                    <Table.Cell key={r} justify="end" className="programs-sens-cell" data-negative={profit < 0 ? 'true' : undefined} data-mine={mine ? 'true' : undefined}>
                      <Text className="programs-number" weight={mine ? 'bold' : 'regular'}>
                        {formatMoney(profit, currency, locale)}
                      </Text>
                      {mine && (
                        <Badge size="1" variant="soft" ml="2">
                          {t('programs.economics.yours')}
                        </Badge>
                      )}
                    </Table.Cell>
                  );
                })}
              </Table.Row>
            ))}
          </Table.Body>
        </Table.Root>
        <Flex gap="4" mt="2" wrap="wrap">
          <Text size="1" color="gray">
            <span className="programs-legend programs-legend-loss" aria-hidden /> {t('programs.economics.legendLoss')}
          </Text>
          <Text size="1" color="gray">
            <span className="programs-legend programs-legend-gain" aria-hidden /> {t('programs.economics.legendGain')}
          </Text>
        </Flex>
      </section>
    </Card>
  );
}
