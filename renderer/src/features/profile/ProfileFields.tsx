import { Box, Flex, Grid, RadioCards, Text, TextField } from '@radix-ui/themes';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { BUSINESS_KINDS, LANGUAGES, type Profile } from '@shared/domain/profile';
import { countryName, countryOptions, currencyLabel, currencyOptions, languageName } from '../../lib/intl';
import type { ProfileErrors, ProfileField } from './validation';
import { Field } from '../../components/Field';
import { CodeSelect } from '../../components/CodeSelect';
import { LetterheadFields } from './LetterheadFields';

interface Props {
  idPrefix: string;
  value: Profile;
  onChange: (field: ProfileField, value: string | number) => void;
  onBlur?: (field: ProfileField) => void;
  /** Errors to show now (the parent decides when: after a field was left, or after a submit attempt). */
  errors: ProfileErrors;
  autoFocus?: boolean;
  /** Show the letterhead fields (Settings; the create form keeps to the essentials). */
  letterhead?: boolean;
}

/** The business profile's fields, shared by the create form and Settings. */
export function ProfileFields({ idPrefix, value, onChange, onBlur, errors, autoFocus, letterhead = false }: Props) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const countries = useMemo(() => countryOptions(locale), [locale]);
  const currencies = useMemo(() => currencyOptions(locale), [locale]);
  const id = (field: string) => `${idPrefix}-${field}`;

  return (
    <Flex direction="column" gap="4">
      <Field id={id('name')} label={t('profile.name')} error={errors.name}>
        <TextField.Root
          id={id('name')}
          size="3"
          value={value.name}
          placeholder={t('profile.namePlaceholder')}
          maxLength={200}
          autoFocus={autoFocus}
          autoComplete="organization"
          aria-invalid={errors.name ? true : undefined}
          aria-describedby={errors.name ? id('name-error') : undefined}
          onChange={(e) => onChange('name', e.target.value)}
          onBlur={() => onBlur?.('name')}
        />
      </Field>

      <Box>
        <Text as="div" id={id('kind-label')} size="2" weight="medium" mb="2">
          {t('profile.kind')}
        </Text>
        <RadioCards.Root
          aria-labelledby={id('kind-label')}
          value={value.kind}
          onValueChange={(kind) => onChange('kind', kind)}
          columns={{ initial: '1', sm: '3' }}
          gap="2"
          size="1"
        >
          {BUSINESS_KINDS.map((kind) => (
            <RadioCards.Item key={kind} value={kind} style={{ alignItems: 'flex-start' }}>
              <Flex direction="column" gap="1" width="100%">
                <Text size="2" weight="bold">
                  {t(`profile.kinds.${kind}`)}
                </Text>
                <Text size="1" color="gray">
                  {t(`profile.kindHelp.${kind}`)}
                </Text>
              </Flex>
            </RadioCards.Item>
          ))}
        </RadioCards.Root>
      </Box>

      <Field id={id('industry')} label={t('profile.industry')} error={errors.industry}>
        <TextField.Root
          id={id('industry')}
          size="3"
          value={value.industry}
          placeholder={t('profile.industryPlaceholder')}
          maxLength={200}
          aria-invalid={errors.industry ? true : undefined}
          aria-describedby={errors.industry ? id('industry-error') : undefined}
          onChange={(e) => onChange('industry', e.target.value)}
          onBlur={() => onBlur?.('industry')}
        />
      </Field>

      <Grid columns={{ initial: '1', sm: '3' }} gap="4">
        <Field id={id('country')} label={t('profile.country')} error={errors.country}>
          <CodeSelect
            id={id('country')}
            value={value.country}
            currentLabel={countryName(value.country, locale)}
            groups={[
              { label: t('profile.suggested'), options: countries.suggested },
              { label: t('profile.allCountries'), options: countries.others },
            ]}
            onChange={(code) => onChange('country', code)}
          />
        </Field>
        <Field id={id('currency')} label={t('profile.currency')} error={errors.currency}>
          <CodeSelect
            id={id('currency')}
            value={value.currency}
            currentLabel={currencyLabel(value.currency, locale)}
            groups={[
              { label: t('profile.suggested'), options: currencies.suggested },
              { label: t('profile.allCurrencies'), options: currencies.others },
            ]}
            onChange={(code) => onChange('currency', code)}
          />
        </Field>
        <Field id={id('language')} label={t('profile.language')} error={errors.language} help={t('profile.languageHelp')}>
          <CodeSelect
            id={id('language')}
            value={value.language}
            currentLabel={languageName(value.language, locale)}
            groups={[{ options: LANGUAGES.map((code) => ({ code, label: languageName(code, locale) })) }]}
            onChange={(code) => onChange('language', code)}
          />
        </Field>
      </Grid>

      <Box maxWidth="240px">
        <Field id={id('grossMarginPercent')} label={t('profile.grossMargin')} error={errors.grossMarginPercent} help={t('profile.grossMarginHelp')}>
          <TextField.Root
            id={id('grossMarginPercent')}
            size="3"
            type="number"
            inputMode="decimal"
            min={0}
            max={100}
            step="any"
            value={Number.isNaN(value.grossMarginPercent) ? '' : String(value.grossMarginPercent)}
            aria-invalid={errors.grossMarginPercent ? true : undefined}
            aria-describedby={errors.grossMarginPercent ? id('grossMarginPercent-error') : undefined}
            onChange={(e) => onChange('grossMarginPercent', typedPercent(e.target.value))}
            onBlur={() => onBlur?.('grossMarginPercent')}
          >
            <TextField.Slot side="right">%</TextField.Slot>
          </TextField.Root>
        </Field>
      </Box>
      {letterhead && <LetterheadFields id={id} value={value} onChange={onChange} errors={errors} />}
    </Flex>
  );
}

/** What was typed in the margin field as a number; empty or not a number is NaN, which validation words. */
function typedPercent(typed: string): number {
  const text = typed.trim().replace(',', '.');
  return text === '' ? Number.NaN : Number(text);
}

