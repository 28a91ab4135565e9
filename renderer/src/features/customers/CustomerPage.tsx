import { Badge, Box, Button, Callout, Card, DataList, Flex, Grid, Heading, Spinner, Text } from '@radix-ui/themes';
import { ArrowLeft, CircleAlert } from 'lucide-react';
import { useEffect, useRef, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { CONSENT_MEDIA, type Customer, type CustomerFacts, type CustomerFields, displayName } from '@shared/domain/customer';
import { CURRENCY_BY_COUNTRY } from '@shared/domain/profile';
import { usualCurrency } from '@shared/logic/money';
import { formatDateTime } from '../../lib/intl';
import { FormActions } from '../../components/FormActions';
import { useDraftForm } from '../../lib/useDraftForm';
import { useCustomer, useUpdateCustomer } from '../../lib/queries';
import { CustomerFieldsForm } from './CustomerFieldsForm';
import { formatDate, formatMoney, formatNumber } from './format';
import { CustomerGiftsCard } from '../gifts/CustomerGiftsCard';
import { CustomerProgramsCard, PlannedContactsCard } from '../campaigns/CustomerCampaignCards';
import { PrivacyCard } from './Privacy';
import { RfmCard } from './RfmCard';
import { LeftCompanyBadge, RelationshipsCard } from './Relationships';
import { TimelineCard } from './Timeline';
import { changedFields, type CustomerField, fieldsOf, validateCustomer } from './validation';
import { ApiErrorCallout } from '../../components/ApiErrorCallout';

/**
 * One customer: their timeline and profile beside the derived facts, relationships, consents and privacy actions.
 * `onOpen` goes to another customer (a referrer, someone they referred, a successor).
 */
export function CustomerPage({ id, currency, onBack, onOpen }: { id: string; currency: string; onBack: () => void; onOpen: (id: string) => void }) {
  const { t } = useTranslation();
  const customer = useCustomer(id);
  const top = useRef<HTMLDivElement>(null);
  // Another customer opened from this page starts at its top.
  useEffect(() => {
    // (Chromium's scrollTo answers a promise: never return it as the effect's cleanup.)
    void top.current?.closest('main')?.scrollTo({ top: 0 });
  }, [id]);

  return (
    <Box px="6" py="5" className="customer-page" ref={top}>
      <Button variant="ghost" color="gray" size="2" onClick={onBack} mb="3" className="customers-back">
        <ArrowLeft size={16} aria-hidden />
        {t('customers.page.back')}
      </Button>
      {customer.isPending ? (
        <Flex align="center" justify="center" py="9" role="status" aria-label={t('common.loading')}>
          <Spinner size="3" />
        </Flex>
      ) : customer.error ? (
        <ApiErrorCallout error={customer.error} />
      ) : (
        <Loaded customer={customer.data} currency={currency} onOpen={onOpen} onErased={onBack} />
      )}
    </Box>
  );
}

function Loaded({ customer, currency, onOpen, onErased }: { customer: Customer; currency: string; onOpen: (id: string) => void; onErased: () => void }) {
  const { t } = useTranslation();
  const name = displayName(customer);
  const subtitle = [customer.role, customer.kind === 'person' && customer.company !== name ? customer.company : '']
    .filter(Boolean)
    .join(' · ');
  return (
    <>
      <Flex align="baseline" gap="3" wrap="wrap" mb="5">
        <Heading as="h1" size="7">
          {name}
        </Heading>
        {subtitle && (
          <Text size="3" color="gray">
            {subtitle}
          </Text>
        )}
        {customer.doNotContact && (
          <Badge color="red" variant="soft" size="2">
            {t('customers.fields.doNotContact')}
          </Badge>
        )}
        <LeftCompanyBadge customer={customer} onOpen={onOpen} />
      </Flex>
      <Grid columns={{ initial: '1', md: '1fr 360px' }} gap="5" align="start">
        <Flex direction="column" gap="5" minWidth="0">
          {/* The person first, then their history: a long timeline must not push the details out of sight. */}
          {/* Keyed by id so another customer starts with a clean draft. */}
          <ProfileForm key={customer.id} customer={customer} />
          {/* a new purchase starts in the currency this customer usually pays in */}
          <TimelineCard
            key={`timeline-${customer.id}`}
            customerId={customer.id}
            currency={usualCurrency(customer.facts.lastPurchaseCurrency, customer.country, currency, CURRENCY_BY_COUNTRY)}
          />
        </Flex>
        <Flex direction="column" gap="5" minWidth="0">
          <FactsCard customer={customer} currency={currency} />
          <RfmCard rfm={customer.facts.rfm} currency={currency} />
          <PlannedContactsCard key={`planned-${customer.id}`} customerId={customer.id} />
          <CustomerProgramsCard key={`programs-${customer.id}`} customerId={customer.id} />
          <CustomerGiftsCard key={`gifts-${customer.id}`} customerId={customer.id} name={name} currency={currency} />
          <RelationshipsCard key={`relations-${customer.id}`} customer={customer} onOpen={onOpen} />
          <ConsentsCard customer={customer} />
          <PrivacyCard customer={customer} onErased={onErased} />
        </Flex>
      </Grid>
    </>
  );
}

function ProfileForm({ customer }: { customer: Customer }) {
  const { t } = useTranslation();
  const update = useUpdateCustomer();
  const base = fieldsOf(customer);
  const form = useDraftForm<CustomerFields, CustomerField, ReturnType<typeof changedFields>>(base, {
    diff: changedFields,
    validate: (value) => validateCustomer(value, t),
    // Relationships are edited in their own card: the profile draft always shows (and never sends) what is saved.
    view: (draft) => ({ ...draft, referredBy: base.referredBy, leftCompanyAt: base.leftCompanyAt, successorId: base.successorId }),
  });

  const reset = () => {
    form.reset();
    update.reset();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!form.trySubmit()) return;
    update.mutate(
      { id: customer.id, patch: form.patch },
      {
        onSuccess: () => {
          reset();
          toast.success(t('customers.page.saved'));
        },
      },
    );
  };

  return (
    <Card size="3" asChild className="customers-profile-card">
      <section aria-labelledby="customer-profile-heading">
        <form onSubmit={submit} noValidate>
          <Heading as="h2" size="4" id="customer-profile-heading" mb="4">
            {t('customers.page.profile')}
          </Heading>
          <CustomerFieldsForm
            idPrefix="customer"
            value={form.value}
            onChange={form.change}
            onBlur={form.touch}
            errors={form.errors}
          />
          <FormActions dirty={form.dirty} saving={update.isPending} error={update.error} onDiscard={reset} size="2" className="customers-form-actions" />
        </form>
      </section>
    </Card>
  );
}

function FactsCard({ customer, currency }: { customer: Customer; currency: string }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const f = customer.facts;
  const none = t('customers.facts.none');
  const rows: [string, ReactNode][] = [
    [t('customers.facts.firstPurchase'), formatDate(f.firstPurchase, locale) || none],
    [t('customers.facts.lastPurchase'), formatDate(f.lastPurchase, locale) || none],
    [t('customers.facts.purchaseCount'), formatNumber(f.purchaseCount, locale)],
    [t('customers.facts.total'), <TotalSpent key="total" facts={f} currency={currency} />],
    [t('customers.facts.average'), f.averageMinor === null ? none : formatMoney(f.averageMinor, currency, locale)],
    [t('customers.facts.daysSince'), f.daysSinceLastPurchase === null ? none : formatNumber(f.daysSinceLastPurchase, locale)],
    [t('customers.facts.referred'), formatNumber(f.referredCount, locale)],
  ];
  return (
    <Card size="3" asChild>
      <section aria-labelledby="customer-facts-heading">
        <Heading as="h2" size="4" id="customer-facts-heading" mb="1">
          {t('customers.facts.title')}
        </Heading>
        <Text as="p" size="1" color="gray" mb="4">
          {t('customers.facts.hint')}
        </Text>
        <DataList.Root size="2" orientation="horizontal">
          {rows.map(([label, value]) => (
            <DataList.Item key={label}>
              <DataList.Label minWidth="150px">{label}</DataList.Label>
              <DataList.Value>
                <Text className="customers-number">{value}</Text>
              </DataList.Value>
            </DataList.Item>
          ))}
        </DataList.Root>
        <UnconvertedNotice facts={f} />
      </section>
    </Card>
  );
}

/**
 * The converted total and, when other currencies are in it, their own sums beneath:
 * "DKK 25,850.00" / "from CZK 50,000.00, DKK 10,000.00 and GBP 120.00".
 */
function TotalSpent({ facts, currency }: { facts: CustomerFacts; currency: string }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const total = formatMoney(facts.totalMinor, currency, locale);
  const converted = facts.spentByCurrency.filter((part) => part.convertedMinor !== null);
  if (!converted.some((part) => part.currency !== currency)) return total;
  const parts = converted.map((part) => formatMoney(part.totalMinor, part.currency, locale));
  const list = parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')}${t('money.and')}${parts[parts.length - 1]!}`;
  return (
    <Flex direction="column" as="span">
      <span className="customers-total">{total}</span>
      <Text size="1" color="gray" className="customers-total-parts">
        {t('money.fromOriginal', { parts: list })}
      </Text>
    </Flex>
  );
}

/** Purchases in a currency without an exchange rate are in no total: say so, with their amounts, and where to fix it. */
function UnconvertedNotice({ facts }: { facts: CustomerFacts }) {
  const { t, i18n } = useTranslation();
  const left = facts.spentByCurrency.filter((part) => part.convertedMinor === null);
  if (left.length === 0) return null;
  return (
    <Callout.Root color="amber" size="1" mt="4" role="status">
      <Callout.Icon>
        <CircleAlert size={16} />
      </Callout.Icon>
      <Callout.Text>
        <Text weight="bold">{t('money.unconvertedTitle')}</Text>{' '}
        {t('money.unconverted', {
          currencies: left.map((part) => part.currency).join(', '),
          amounts: left.map((part) => formatMoney(part.totalMinor, part.currency, i18n.language)).join(', '),
        })}
      </Callout.Text>
    </Callout.Root>
  );
}

function ConsentsCard({ customer }: { customer: Customer }) {
  const { t, i18n } = useTranslation();
  return (
    <Card size="3" asChild>
      <section aria-labelledby="customer-consents-heading">
        <Heading as="h2" size="4" id="customer-consents-heading" mb="1">
          {t('customers.consents.title')}
        </Heading>
        <Text as="p" size="1" color="gray" mb="4">
          {t('customers.consents.hint')}
        </Text>
        <DataList.Root size="2" orientation="horizontal">
          {CONSENT_MEDIA.map((medium) => {
            const consent = customer.consents[medium];
            return (
              <DataList.Item key={medium}>
                <DataList.Label minWidth="80px">{t(`customers.consents.media.${medium}`)}</DataList.Label>
                <DataList.Value>
                  <Flex direction="column" gap="1" align="start">
                    <Badge color={consent?.status === 'granted' ? 'teal' : consent?.status === 'withdrawn' ? 'red' : 'gray'} variant="soft">
                      {t(`customers.consent.${consent?.status ?? 'missing'}`)}
                    </Badge>
                    {consent && (
                      <Text size="1" color="gray">
                        {[formatDateTime(consent.at, i18n.language), consent.source, consent.evidence].filter(Boolean).join(' · ')}
                      </Text>
                    )}
                  </Flex>
                </DataList.Value>
              </DataList.Item>
            );
          })}
        </DataList.Root>
      </section>
    </Card>
  );
}
