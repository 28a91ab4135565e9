import type { MappingWarning } from '../../../shared/domain/import';
import { type ImportField, type Mapping, fieldOf } from './fields';
import type { Recognition } from './formats';

/**
 * What the mapping step points out about a mapping: columns left out that nobody chose (unmapped, ambiguous),
 * and choices that would lose a column's data. Empty when every column mapped well. A recognised export's
 * unlisted columns are its vendor's bookkeeping (fulfilment status, IP addresses): left out on purpose.
 */
export function checkMapping(headers: readonly string[], mapping: Mapping, recognition: Recognition): MappingWarning[] {
  const warnings: MappingWarning[] = [];
  const ignored = (header: string) => fieldOf(mapping, header) === 'ignore';
  const unmapped = recognition.format ? [] : recognition.unrecognised.filter(ignored);
  if (unmapped.length > 0) warnings.push({ kind: 'unmapped', headers: unmapped });
  const ambiguous = recognition.ambiguous.filter(ignored);
  if (ambiguous.length > 0) warnings.push({ kind: 'ambiguous', headers: ambiguous });

  const byField = new Map<ImportField, string[]>();
  for (const header of new Set(headers)) {
    const field = fieldOf(mapping, header);
    if (field === 'ignore' || field === 'tags') continue; // tags of several columns are all kept
    byField.set(field, [...(byField.get(field) ?? []), header]);
  }
  for (const [field, columns] of byField) if (columns.length > 1) warnings.push({ kind: 'duplicate', headers: columns, field });
  const fullName = byField.get('fullName');
  const parts = [...(byField.get('firstName') ?? []), ...(byField.get('lastName') ?? [])];
  if (fullName && parts.length > 0) warnings.push({ kind: 'overlap', headers: [...fullName, ...parts] });
  return warnings;
}
