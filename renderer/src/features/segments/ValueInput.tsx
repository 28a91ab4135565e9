import { Button, DropdownMenu, Flex, Select, Text, TextField } from '@radix-ui/themes';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CONSENT_MEDIA, CUSTOMER_KINDS } from '@shared/domain/vocabulary';
import { RFM_GROUPS } from '@shared/domain/rfm';
import type { SegmentCondition } from '@shared/domain/segment';
import { DEPARTMENTS, TOUCHPOINT_MEDIA } from '@shared/domain/timeline';
import { opTakesNoValue, valueKind } from './rules';

type Patch = Record<string, unknown>;
const ANY = '__any';

/** A number box: empty means "no value yet" (the schema then says what is missing). */
function NumberBox({ value, onChange, label, currency, min, max, step }: {
  value: unknown; onChange: (value: number | undefined) => void; label: string; currency?: string; min?: number; max?: number; step?: number;
}) {
  return (
    <TextField.Root
      size="2"
      type="number"
      inputMode="decimal"
      className="segments-number"
      aria-label={label}
      value={typeof value === 'number' && Number.isFinite(value) ? String(value) : ''}
      min={min}
      max={max}
      step={step ?? 'any'}
      onChange={(e) => onChange(e.target.value === '' || !Number.isFinite(e.target.valueAsNumber) ? undefined : e.target.valueAsNumber)}
    >
      {currency && <TextField.Slot side="right">{currency}</TextField.Slot>}
    </TextField.Root>
  );
}

function DateBox({ value, onChange, label }: { value: unknown; onChange: (value: string | undefined) => void; label: string }) {
  return <TextField.Root size="2" type="date" aria-label={label} value={typeof value === 'string' ? value : ''} onChange={(e) => onChange(e.target.value || undefined)} />;
}

/** Several values from a fixed list, in a menu of checkboxes that stays open while picking. */
function MultiPick<T extends string>({ options, chosen, onChange, label, word }: {
  options: readonly T[]; chosen: readonly T[]; onChange: (values: T[]) => void; label: string; word: (value: T) => string;
}) {
  const { t } = useTranslation();
  const text = chosen.length === 0 ? t('segments.builder.pickValues') : chosen.length <= 2 ? chosen.map(word).join(', ') : t('segments.builder.picked', { count: chosen.length });
  return (
    <DropdownMenu.Root>
      <DropdownMenu.Trigger>
        <Button type="button" variant="surface" color="gray" size="2" aria-label={`${label}: ${text}`} className="segments-multipick">
          <span className="segments-multipick-text">{text}</span>
          <DropdownMenu.TriggerIcon />
        </Button>
      </DropdownMenu.Trigger>
      <DropdownMenu.Content>
        {options.map((option) => (
          <DropdownMenu.CheckboxItem
            key={option}
            checked={chosen.includes(option)}
            onSelect={(event) => event.preventDefault()}
            onCheckedChange={(checked) => onChange(checked ? [...chosen, option] : chosen.filter((c) => c !== option))}
          >
            {word(option)}
          </DropdownMenu.CheckboxItem>
        ))}
      </DropdownMenu.Content>
    </DropdownMenu.Root>
  );
}

/** Pick one of a list, with an optional "any" first. */
function OnePick({ value, options, onChange, label, word, any }: {
  value: string | undefined; options: readonly string[]; onChange: (value: string | undefined) => void; label: string; word: (value: string) => string; any?: string;
}) {
  return (
    <Select.Root size="2" value={value ?? ANY} onValueChange={(v) => onChange(v === ANY ? undefined : v)}>
      <Select.Trigger aria-label={label} />
      <Select.Content>
        {any && <Select.Item value={ANY}>{any}</Select.Item>}
        {options.map((option) => (
          <Select.Item key={option} value={option}>
            {word(option)}
          </Select.Item>
        ))}
      </Select.Content>
    </Select.Root>
  );
}

/** Tags typed with commas between them; the raw text is kept while typing so a trailing comma stays. */
function TagsBox({ values, onChange, label }: { values: readonly string[]; onChange: (values: string[]) => void; label: string }) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState(values.join(', '));
  return (
    <TextField.Root
      size="2"
      aria-label={label}
      title={t('segments.builder.tagsHint')}
      placeholder={t('segments.builder.tagsPlaceholder')}
      value={typed}
      onChange={(e) => {
        setTyped(e.target.value);
        onChange([...new Set(e.target.value.split(',').map((tag) => tag.trim()).filter(Boolean))]);
      }}
    />
  );
}

/** The value input that fits a condition's field and operator. `label` names the condition for screen readers. */
export function ValueInput({ condition, onChange, currency, label }: { condition: SegmentCondition; onChange: (patch: Patch) => void; currency: string; label: string }) {
  const { t } = useTranslation();
  const c = condition as Record<string, unknown>;
  const kind = valueKind(condition.field);
  const valueLabel = `${label}: ${t('segments.builder.value')}`;
  const toLabel = `${label}: ${t('segments.builder.to')}`;
  const and = (
    <Text size="2" color="gray">
      {t('segments.builder.and')}
    </Text>
  );
  const days = (key: string, max = 36_500) => (
    <Flex align="center" gap="2">
      <NumberBox value={c[key]} onChange={(v) => onChange({ [key]: v })} label={`${label}: ${t('segments.builder.days')}`} min={0} max={max} step={1} />
      <Text size="2" color="gray">
        {t('segments.builder.days')}
      </Text>
    </Flex>
  );
  if (opTakesNoValue(condition.op)) return null;

  switch (kind) {
    case 'number':
    case 'money':
    case 'score': {
      const props = kind === 'money' ? { currency } : kind === 'score' ? { min: 1, max: 5, step: 1 } : {};
      return (
        <Flex align="center" gap="2">
          <NumberBox value={c.value} onChange={(v) => onChange({ value: v })} label={valueLabel} {...props} />
          {condition.op === 'between' && (
            <>
              {and}
              <NumberBox value={c.to} onChange={(v) => onChange({ to: v })} label={toLabel} {...props} />
            </>
          )}
        </Flex>
      );
    }
    case 'date':
      if (condition.op === 'inLastDays' || condition.op === 'notInLastDays') return days('days');
      return (
        <Flex align="center" gap="2">
          <DateBox value={c.date} onChange={(v) => onChange({ date: v })} label={valueLabel} />
          {condition.op === 'between' && (
            <>
              {and}
              <DateBox value={c.to} onChange={(v) => onChange({ to: v })} label={toLabel} />
            </>
          )}
        </Flex>
      );
    case 'text':
    case 'bought':
      return (
        <TextField.Root
          size="2"
          aria-label={valueLabel}
          placeholder={t('segments.builder.textPlaceholder')}
          value={typeof c.value === 'string' ? c.value : ''}
          maxLength={200}
          onChange={(e) => onChange({ value: e.target.value.trim() === '' ? undefined : e.target.value })}
        />
      );
    case 'kind':
      return <MultiPick options={CUSTOMER_KINDS} chosen={(c.values as never[]) ?? []} onChange={(values) => onChange({ values })} label={valueLabel} word={(v) => t(`segments.kinds.${v}`)} />;
    case 'rfmGroup':
      return <MultiPick options={RFM_GROUPS} chosen={(c.values as never[]) ?? []} onChange={(values) => onChange({ values })} label={valueLabel} word={(v) => t(`rfm.groups.${v}`)} />;
    case 'tags':
      return <TagsBox values={(c.values as string[]) ?? []} onChange={(values) => onChange({ values })} label={valueLabel} />;
    case 'consent':
      return (
        <OnePick value={String(c.medium)} options={CONSENT_MEDIA} onChange={(medium) => onChange({ medium })} label={`${label}: ${t('segments.builder.medium')}`} word={(v) => t(`customers.consents.media.${v}`)} />
      );
    case 'boolean':
      return (
        <OnePick value={c.value ? 'yes' : 'no'} options={['yes', 'no']} onChange={(v) => onChange({ value: v === 'yes' })} label={valueLabel} word={(v) => t(`segments.builder.${v}`)} />
      );
    case 'anniversary':
      return days('days', 366);
    case 'touchpoints':
      return (
        <Flex align="center" gap="2" wrap="wrap">
          {days('days')}
          <OnePick
            value={c.medium as string | undefined}
            options={TOUCHPOINT_MEDIA}
            onChange={(medium) => onChange({ medium })}
            label={`${label}: ${t('segments.builder.medium')}`}
            word={(v) => t(`timeline.media.${v}`)}
            any={t('segments.builder.anyMedium')}
          />
          <OnePick
            value={c.department as string | undefined}
            options={DEPARTMENTS}
            onChange={(department) => onChange({ department })}
            label={`${label}: ${t('segments.builder.department')}`}
            word={(v) => t(`timeline.departments.${v}`)}
            any={t('segments.builder.anyDepartment')}
          />
        </Flex>
      );
  }
}
