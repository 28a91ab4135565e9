import { Box, Checkbox, Flex, Grid, IconButton, SegmentedControl, Text, TextArea, TextField } from '@radix-ui/themes';
import { X } from 'lucide-react';
import { useMemo, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerFields } from '@shared/domain/customer';
import { LANGUAGES } from '@shared/domain/profile';
import { countryName, countryOptions, languageName } from '../../lib/intl';
import { useProfile } from '../../lib/queries';
import { type CustomerErrors, type CustomerField, phoneWarning } from './validation';
import { Field } from '../../components/Field';
import { CodeSelect } from '../../components/CodeSelect';

interface Props {
  idPrefix: string;
  value: CustomerFields;
  onChange: <F extends CustomerField>(field: F, value: CustomerFields[F]) => void;
  onBlur?: (field: CustomerField) => void;
  /** Errors to show now (the parent decides when: after a field was left, or after a submit attempt). */
  errors: CustomerErrors;
  autoFocus?: boolean;
}

/** A customer's own fields: used on the customer page and in the Add customer dialog. */
export function CustomerFieldsForm({ idPrefix, value, onChange, onBlur, errors, autoFocus }: Props) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const countries = useMemo(() => countryOptions(locale), [locale]);
  const id = (field: string) => `${idPrefix}-${field}`;
  // a number without + is read as one from the customer's country, else the business's
  const businessCountry = useProfile().data?.country ?? '';
  const warnings: Partial<Record<CustomerField, string | null>> = { phone: phoneWarning(value.phone, value.country || businessCountry, t) };

  const text = (field: CustomerField & keyof CustomerFields, options: { max: number; autoComplete?: string; type?: 'text' | 'email' | 'tel' | 'date'; placeholder?: string; autoFocus?: boolean; help?: string }) => (
    <Field id={id(field)} label={t(`customers.fields.${field}`)} error={errors[field]} warning={warnings[field]} {...(options.help ? { help: options.help } : {})}>
      <TextField.Root
        id={id(field)}
        size="2"
        type={options.type ?? 'text'}
        value={value[field] as string}
        maxLength={options.max}
        placeholder={options.placeholder}
        autoComplete={options.autoComplete ?? 'off'}
        autoFocus={options.autoFocus}
        aria-invalid={errors[field] ? true : undefined}
        aria-describedby={errors[field] ? id(`${field}-error`) : undefined}
        onChange={(e) => onChange(field, e.target.value as never)}
        onBlur={() => onBlur?.(field)}
      />
    </Field>
  );

  return (
    <Flex direction="column" gap="5">
      <Section title={t('customers.form.who')}>
        <Box>
          <Text as="div" id={id('kind-label')} size="2" weight="medium" mb="1">
            {t('customers.fields.kind')}
          </Text>
          <SegmentedControl.Root aria-labelledby={id('kind-label')} value={value.kind} onValueChange={(kind) => onChange('kind', kind as CustomerFields['kind'])} size="2">
            <SegmentedControl.Item value="person">{t('customers.kinds.person')}</SegmentedControl.Item>
            <SegmentedControl.Item value="company">{t('customers.kinds.company')}</SegmentedControl.Item>
          </SegmentedControl.Root>
        </Box>
        <Grid columns={{ initial: '1', sm: '2' }} gap="4">
          {text('firstName', { max: 100, autoComplete: 'off', autoFocus })}
          {text('lastName', { max: 100 })}
          {text('company', { max: 200 })}
          {text('role', { max: 100 })}
          {text('salutation', { max: 200, help: t('customers.form.salutationHint') })}
        </Grid>
      </Section>

      <Section title={t('customers.form.contact')}>
        <Grid columns={{ initial: '1', sm: '2' }} gap="4">
          {text('email', { max: 254, type: 'email', placeholder: 'name@example.com' })}
          {text('phone', { max: 40, type: 'tel' })}
        </Grid>
        <Flex direction="column" gap="1">
          <Text as="label" size="2">
            <Flex gap="2" align="center">
              <Checkbox
                checked={value.doNotContact}
                onCheckedChange={(checked) => onChange('doNotContact', checked === true)}
                aria-describedby={id('dnc-help')}
              />
              <Text weight="medium">{t('customers.fields.doNotContact')}</Text>
            </Flex>
          </Text>
          <Text id={id('dnc-help')} size="1" color="gray" ml="6">
            {t('customers.form.doNotContactHelp')}
          </Text>
        </Flex>
      </Section>

      <Section title={t('customers.form.address')}>
        {text('street', { max: 200 })}
        <Grid columns={{ initial: '1', sm: '3' }} gap="4">
          {text('postalCode', { max: 20 })}
          {text('city', { max: 100 })}
          {text('region', { max: 100 })}
        </Grid>
        <Grid columns={{ initial: '1', sm: '2' }} gap="4">
          <Field id={id('country')} label={t('customers.fields.country')} error={errors.country}>
            <CodeSelect
              size="2"
              id={id('country')}
              value={value.country}
              noneLabel={t('customers.form.notSet')}
              currentLabel={countryName(value.country, locale)}
              groups={[
                { label: t('profile.suggested'), options: countries.suggested },
                { label: t('profile.allCountries'), options: countries.others },
              ]}
              onChange={(code) => onChange('country', code)}
            />
          </Field>
          <Field id={id('language')} label={t('customers.fields.language')} error={errors.language} help={t('customers.form.languageHelp')}>
            <CodeSelect
              size="2"
              id={id('language')}
              value={value.language}
              noneLabel={t('customers.form.notSet')}
              currentLabel={languageName(value.language, locale)}
              groups={[{ options: LANGUAGES.map((code) => ({ code, label: languageName(code, locale) })) }]}
              onChange={(code) => onChange('language', code)}
            />
          </Field>
        </Grid>
      </Section>

      <Section title={t('customers.form.relationship')}>
        <Grid columns={{ initial: '1', sm: '3' }} gap="4">
          {text('birthday', { max: 10, placeholder: t('customers.form.birthdayPlaceholder') })}
          {text('customerSince', { max: 10, type: 'date' })}
          {text('source', { max: 200, placeholder: t('customers.form.sourcePlaceholder') })}
        </Grid>
        <Field id={id('tags')} label={t('customers.fields.tags')} error={errors.tags} help={t('customers.form.tagsHelp')}>
          <TagInput id={id('tags')} tags={value.tags} onChange={(tags) => onChange('tags', tags)} removeLabel={(tag) => t('customers.form.removeTag', { tag })} />
        </Field>
        <Field id={id('notes')} label={t('customers.fields.notes')} error={errors.notes}>
          <TextArea
            id={id('notes')}
            size="2"
            rows={4}
            value={value.notes}
            maxLength={20_000}
            resize="vertical"
            onChange={(e) => onChange('notes', e.target.value)}
            onBlur={() => onBlur?.('notes')}
          />
        </Field>
      </Section>
    </Flex>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Flex direction="column" gap="3" asChild>
      <fieldset className="customers-fieldset">
        <Text as="div" size="1" weight="bold" color="gray" className="customers-legend" asChild>
          <legend>{title}</legend>
        </Text>
        {children}
      </fieldset>
    </Flex>
  );
}

/** Tags as removable pills plus a box: Enter or comma adds what was typed, Backspace in an empty box removes the last. */
function TagInput({ id, tags, onChange, removeLabel }: { id: string; tags: string[]; onChange: (tags: string[]) => void; removeLabel: (tag: string) => string }) {
  const [typed, setTyped] = useState('');
  const add = () => {
    const fresh = typed
      .split(',')
      .map((tag) => tag.trim().slice(0, 60))
      .filter((tag) => tag !== '' && !tags.includes(tag));
    if (fresh.length > 0) onChange([...tags, ...new Set(fresh)]);
    setTyped('');
  };
  const keyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter' || event.key === ',') {
      event.preventDefault();
      add();
    } else if (event.key === 'Backspace' && typed === '' && tags.length > 0) {
      onChange(tags.slice(0, -1));
    }
  };
  return (
    <Flex className="customers-tag-input" gap="1" wrap="wrap" align="center">
      {tags.map((tag) => (
        <span key={tag} className="customers-tag customers-tag-removable">
          {tag}
          <IconButton type="button" size="1" variant="ghost" color="gray" aria-label={removeLabel(tag)} onClick={() => onChange(tags.filter((t) => t !== tag))}>
            <X size={12} aria-hidden />
          </IconButton>
        </span>
      ))}
      <input id={id} className="customers-tag-typed" value={typed} maxLength={200} onChange={(e) => setTyped(e.target.value)} onKeyDown={keyDown} onBlur={add} />
    </Flex>
  );
}
