import { Badge, Box, Button, Callout, Card, Flex, Heading, IconButton, Table, Text, TextField } from '@radix-ui/themes';
import { CircleAlert, Plus, Trash2 } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import type { ExchangeRateRow } from '@shared/domain/rates';
import { ISO_CURRENCY, parseRate } from '@shared/logic/money';
import type { ApiError } from '../../lib/api';
import { currencyName } from '../../lib/intl';
import { useDeleteRate, useRates, useSetRate } from '../../lib/queries';
import { Field } from '../../components/Field';
import './settings.css';
import { ApiErrorCallout } from '../../components/ApiErrorCallout';

/**
 * Settings → Exchange rates: one row per currency, "1 CZK = 0.2961 DKK" as of a date, edited in place. Currencies
 * that purchases are in but that have no rate come first, highlighted, because their purchases are in no total.
 */
export function ExchangeRatesCard() {
  const { t } = useTranslation();
  const rates = useRates();
  const data = rates.data;
  return (
    <Card size="4" asChild>
      <section aria-labelledby="rates-heading">
        <Heading as="h2" size="5" id="rates-heading">
          {t('money.ratesTitle')}
        </Heading>
        {data && (
          <>
            <Text as="p" size="2" color="gray" mt="1" mb="4">
              {t('money.ratesDescription', { currency: data.businessCurrency })}
            </Text>
            {!data.businessHasRate && (
              <Callout.Root color="amber" mb="4" role="status">
                <Callout.Icon>
                  <CircleAlert size={16} />
                </Callout.Icon>
                <Callout.Text>
                  <Text weight="bold">{t('money.noBusinessRateTitle', { business: data.businessCurrency })}</Text>{' '}
                  {t('money.noBusinessRateText', { business: data.businessCurrency })}
                </Callout.Text>
              </Callout.Root>
            )}
            {data.missing.length > 0 && (
              <Callout.Root color="amber" mb="4" role="status">
                <Callout.Icon>
                  <CircleAlert size={16} />
                </Callout.Icon>
                <Callout.Text>
                  <Text weight="bold">{t('money.missingTitle', { count: data.missing.length })}</Text>{' '}
                  {t('money.missingText', { currencies: data.missing.join(', ') })}
                </Callout.Text>
              </Callout.Root>
            )}
            <Table.Root size="1" variant="ghost" className="rates-table">
              <Table.Header>
                <Table.Row>
                  <Table.ColumnHeaderCell>{t('money.currencyColumn')}</Table.ColumnHeaderCell>
                  <Table.ColumnHeaderCell>{t('money.rateColumn')}</Table.ColumnHeaderCell>
                  <Table.ColumnHeaderCell>{t('money.asOfColumn')}</Table.ColumnHeaderCell>
                  <Table.ColumnHeaderCell />
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {data.missing.map((currency) => (
                  <RateRow key={`missing-${currency}`} currency={currency} business={data.businessCurrency} row={null} />
                ))}
                {data.rates.map((row) => (
                  // keyed by the stored value too: a saved rate starts a fresh draft from what is now stored
                  <RateRow key={`${row.currency}-${row.perEur}-${row.asOf}-${data.businessCurrency}`} currency={row.currency} business={data.businessCurrency} row={row} />
                ))}
              </Table.Body>
            </Table.Root>
            <AddRate business={data.businessCurrency} known={new Set([data.businessCurrency, ...data.rates.map((r) => r.currency)])} />
          </>
        )}
        {rates.error && (
          <ApiErrorCallout error={rates.error} icon={false} mt="3" />
        )}
      </section>
    </Card>
  );
}

/** A rate as people read and type it in their language: up to six significant digits, no grouping. */
function typedRate(rate: number | null, locale: string): string {
  if (rate === null) return '';
  return new Intl.NumberFormat(locale, { maximumSignificantDigits: 6, useGrouping: false }).format(rate);
}

function useRateMessages() {
  const { t } = useTranslation();
  return {
    failed: (error: ApiError) => toast.error(t(`errors.title.${error.code}`), { description: error.message }),
    t,
  };
}

/** One currency: its rate in the business currency and its date; a row without a rate asks for one. */
function RateRow({ currency, business, row }: { currency: string; business: string; row: ExchangeRateRow | null }) {
  const { t, i18n } = useTranslation();
  const { failed } = useRateMessages();
  const locale = i18n.language;
  const shown = typedRate(row?.rate ?? null, locale);
  const [rate, setRate] = useState(shown);
  const [asOf, setAsOf] = useState(row?.asOf ?? '');
  const [error, setError] = useState<string | null>(null);
  const save = useSetRate();
  const remove = useDeleteRate();
  const dirty = rate !== shown || asOf !== (row?.asOf ?? '');
  const missing = row === null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseRate(rate);
    if (parsed === null) {
      setError(t('money.badRate'));
      return;
    }
    setError(null);
    // the date only when changed: otherwise the engine's today
    const request = asOf && asOf !== row?.asOf ? { currency, rate: parsed, asOf } : { currency, rate: parsed };
    save.mutate(request, { onSuccess: () => toast.success(t('money.saved', { currency })), onError: failed });
  };

  const formId = `rate-form-${currency}`;
  return (
    <Table.Row className={missing ? 'rates-missing' : undefined} data-currency={currency}>
      <Table.RowHeaderCell>
        <Flex direction="column" gap="1">
          <Text weight="bold">{currency}</Text>
          <Text size="1" color="gray">
            {currencyName(currency, locale)}
          </Text>
          {missing && (
            <Badge color="amber" variant="soft">
              {t('money.missingRow', { currency })}
            </Badge>
          )}
        </Flex>
      </Table.RowHeaderCell>
      <Table.Cell>
        <form id={formId} onSubmit={submit} noValidate>
          <Flex align="center" gap="2">
            <Text size="2" color="gray" style={{ whiteSpace: 'nowrap' }}>
              {t('money.oneUnit', { currency })}
            </Text>
            <TextField.Root
              size="2"
              value={rate}
              inputMode="decimal"
              maxLength={30}
              style={{ width: 120 }}
              aria-label={t('money.rateLabel', { currency, business })}
              aria-invalid={error ? true : undefined}
              onChange={(e) => setRate(e.target.value)}
            />
            <Text size="2" color="gray">
              {business}
            </Text>
          </Flex>
          {error && (
            <Text size="1" color="red" role="alert">
              {error}
            </Text>
          )}
        </form>
      </Table.Cell>
      <Table.Cell>
        <TextField.Root
          size="2"
          type="date"
          form={formId}
          value={asOf}
          aria-label={t('money.asOfLabel', { currency })}
          onChange={(e) => setAsOf(e.target.value)}
        />
      </Table.Cell>
      <Table.Cell>
        <Flex gap="2" justify="end" align="center">
          {(dirty || missing) && (
            <Button size="2" type="submit" form={formId} loading={save.isPending} color={missing ? 'amber' : undefined}>
              {missing ? t('money.setRate') : t('money.save')}
            </Button>
          )}
          {row && row.currency !== 'EUR' && (
            <IconButton
              size="2"
              variant="ghost"
              color="gray"
              aria-label={t('money.removeLabel', { currency })}
              loading={remove.isPending}
              onClick={() => remove.mutate({ currency }, { onSuccess: () => toast.success(t('money.removed', { currency })), onError: failed })}
            >
              <Trash2 size={16} aria-hidden />
            </IconButton>
          )}
        </Flex>
      </Table.Cell>
    </Table.Row>
  );
}

/** A currency the list does not have yet, with its rate. */
function AddRate({ business, known }: { business: string; known: ReadonlySet<string> }) {
  const { failed, t } = useRateMessages();
  const [currency, setCurrency] = useState('');
  const [rate, setRate] = useState('');
  const [errors, setErrors] = useState<{ currency?: string; rate?: string }>({});
  const save = useSetRate();
  const code = currency.trim().toUpperCase();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseRate(rate);
    const next = {
      ...(ISO_CURRENCY.test(code) && !known.has(code) ? {} : { currency: t('money.badCurrency') }),
      ...(parsed === null ? { rate: t('money.badRate') } : {}),
    };
    setErrors(next);
    if (Object.keys(next).length > 0 || parsed === null) return;
    save.mutate(
      { currency: code, rate: parsed },
      {
        onSuccess: () => {
          toast.success(t('money.saved', { currency: code }));
          setCurrency('');
          setRate('');
        },
        onError: failed,
      },
    );
  };

  return (
    <Box mt="4">
      <form onSubmit={submit} noValidate aria-label={t('money.add')}>
        <Flex align="start" gap="3" wrap="wrap">
          <Field id="rate-add-currency" label={t('money.addCurrency')} error={errors.currency}>
            <TextField.Root
              id="rate-add-currency"
              value={currency}
              maxLength={3}
              placeholder={t('money.addCurrencyPlaceholder')}
              style={{ width: 120 }}
              aria-invalid={errors.currency ? true : undefined}
              onChange={(e) => setCurrency(e.target.value)}
            />
          </Field>
          <Field id="rate-add-rate" label={t('money.rateLabel', { currency: code || '…', business })} error={errors.rate}>
            <TextField.Root
              id="rate-add-rate"
              value={rate}
              inputMode="decimal"
              maxLength={30}
              style={{ width: 160 }}
              aria-invalid={errors.rate ? true : undefined}
              onChange={(e) => setRate(e.target.value)}
            />
          </Field>
          <Button type="submit" variant="soft" mt="5" loading={save.isPending}>
            <Plus size={16} aria-hidden />
            {t('money.add')}
          </Button>
        </Flex>
      </form>
    </Box>
  );
}
