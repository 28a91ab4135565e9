import { Checkbox, Flex, Grid, Text, TextField } from '@radix-ui/themes';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../components/Field';
import { minorToTyped, parseAmountMinor } from '../customers/amount';

export type NumberKind = 'money' | 'integer' | 'decimal';

/** A number as typed in the UI language ("1,5" or "1.5"); null when it is not one. */
export function parseTypedNumber(typed: string, kind: NumberKind): number | null {
  const text = typed.trim().replace(/[\s\u00a0\u202f]/g, '');
  if (text === '') return null;
  if (kind === 'money') return parseAmountMinor(text);
  if (kind === 'integer') return /^-?\d+$/.test(text) ? Number(text) : null;
  if (!/^-?\d+([.,]\d+)?$/.test(text)) return null;
  return Number(text.replace(',', '.'));
}

function typedOf(value: number, kind: NumberKind, locale: string): string {
  if (kind === 'money') return minorToTyped(value, locale);
  if (kind === 'integer') return String(value);
  const decimal = new Intl.NumberFormat(locale).formatToParts(1.5).find((p) => p.type === 'decimal')?.value ?? '.';
  return String(value).replace('.', decimal);
}

/**
 * A labelled number field that keeps what the person typed and hands up a number once it reads as one (money in
 * minor units). While the text is not a number it says so and reports itself invalid, so the form will not save a
 * stale value. A new `value` from outside (a discard, another program) replaces the text.
 */
export function NumberField({
  id,
  label,
  value,
  kind,
  onChange,
  onValidity,
  error,
  help,
  suffix,
  width,
}: {
  id: string;
  label: string;
  value: number;
  kind: NumberKind;
  onChange: (value: number) => void;
  onValidity?: (id: string, valid: boolean) => void;
  error?: string | undefined;
  help?: string;
  suffix?: string;
  width?: string;
}) {
  const { t, i18n } = useTranslation();
  const [text, setText] = useState(() => typedOf(value, kind, i18n.language));
  const reported = useRef(value);
  const [unreadable, setUnreadable] = useState(false);
  useEffect(() => {
    if (value !== reported.current) {
      reported.current = value;
      setText(typedOf(value, kind, i18n.language));
      setUnreadable(false);
      onValidity?.(id, true);
    }
  }, [value, kind, i18n.language, id, onValidity]);
  // a field that goes away is no longer invalid
  useEffect(() => () => onValidity?.(id, true), [id, onValidity]);

  const typed = (next: string) => {
    setText(next);
    // an empty field counts as 0 (no cost, no postage)
    const parsed = next.trim() === '' ? 0 : parseTypedNumber(next, kind);
    const ok = parsed !== null && (kind === 'decimal' || Number.isSafeInteger(parsed));
    setUnreadable(!ok);
    onValidity?.(id, ok);
    if (ok) {
      reported.current = parsed;
      onChange(parsed);
    }
  };
  const shownError = unreadable ? t(kind === 'money' ? 'programs.input.money' : kind === 'integer' ? 'programs.input.integer' : 'programs.input.decimal') : error;
  return (
    <Field id={id} label={label} error={shownError} {...(help ? { help } : {})}>
      <TextField.Root
        id={id}
        value={text}
        inputMode={kind === 'integer' ? 'numeric' : 'decimal'}
        onChange={(e) => typed(e.target.value)}
        aria-invalid={shownError ? true : undefined}
        aria-describedby={shownError ? `${id}-error` : undefined}
        style={width ? { width } : undefined}
      >
        {suffix && (
          <TextField.Slot side="right">
            <Text size="1" color="gray">
              {suffix}
            </Text>
          </TextField.Slot>
        )}
      </TextField.Root>
    </Field>
  );
}

const toggle = <T,>(list: readonly T[], item: T, on: boolean): T[] => (on ? [...list, item] : list.filter((x) => x !== item));

/** A group of checkboxes with its legend; `empty` when there is nothing to choose from. */
export function CheckList<T extends string>({
  legend,
  hint,
  options,
  chosen,
  onChange,
  empty,
  columns = '3',
}: {
  legend: string;
  hint?: string;
  options: { value: T; label: ReactNode }[];
  chosen: readonly T[];
  onChange: (next: T[]) => void;
  empty?: string;
  columns?: '1' | '2' | '3';
}) {
  return (
    <fieldset className="programs-checks">
      <legend>
        <Text size="2" weight="medium">
          {legend}
        </Text>
      </legend>
      {hint && (
        <Text as="p" size="1" color="gray" mb="1">
          {hint}
        </Text>
      )}
      {options.length === 0 && empty ? (
        <Text size="2" color="gray">
          {empty}
        </Text>
      ) : (
        <Grid columns={{ initial: '1', sm: columns }} gap="1" mt="1">
          {options.map((option) => (
            <Text as="label" size="2" key={option.value}>
              <Flex gap="2" align="center">
                <Checkbox checked={chosen.includes(option.value)} onCheckedChange={(on) => onChange(toggle(chosen, option.value, on === true))} />
                <span>{option.label}</span>
              </Flex>
            </Text>
          ))}
        </Grid>
      )}
    </fieldset>
  );
}
