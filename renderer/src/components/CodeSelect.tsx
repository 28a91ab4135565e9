import { Select } from '@radix-ui/themes';

export interface CodeOption {
  code: string;
  label: string;
}

/** Radix Select cannot hold an empty value, so "not set" travels as this and becomes '' again. */
const NONE = '-';

/**
 * A choice of ISO codes (countries, currencies, languages) in labelled groups. A code outside the lists (typed
 * in an import, say) stays selectable under its own label. With `noneLabel`, the field may be left empty.
 */
export function CodeSelect({
  id,
  value,
  currentLabel,
  groups,
  onChange,
  noneLabel,
  size = '3',
}: {
  id: string;
  value: string;
  currentLabel: string;
  groups: { label?: string; options: CodeOption[] }[];
  onChange: (code: string) => void;
  noneLabel?: string;
  size?: '2' | '3';
}) {
  const optional = noneLabel !== undefined;
  const known = (optional && value === '') || groups.some((g) => g.options.some((o) => o.code === value));
  return (
    <Select.Root size={size} value={optional && value === '' ? NONE : value} onValueChange={(code) => onChange(code === NONE ? '' : code)}>
      <Select.Trigger id={id} style={{ width: '100%' }} />
      <Select.Content position="popper" style={{ maxHeight: 360 }}>
        {optional && <Select.Item value={NONE}>{noneLabel}</Select.Item>}
        {!known && <Select.Item value={value}>{currentLabel}</Select.Item>}
        {groups.map((group, index) => (
          <Select.Group key={group.label ?? index}>
            {(optional || index > 0) && <Select.Separator />}
            {group.label && <Select.Label>{group.label}</Select.Label>}
            {group.options.map((option) => (
              <Select.Item key={option.code} value={option.code}>
                {option.label}
              </Select.Item>
            ))}
          </Select.Group>
        ))}
      </Select.Content>
    </Select.Root>
  );
}
