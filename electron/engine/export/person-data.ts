import type { PersonalDataExport } from '../../../shared/domain/privacy';

/**
 * A person's data as a plain-text document anyone can read (right of access): every field Rapport holds,
 * then each history section, in the order it happened.
 */
export function personDataText(data: PersonalDataExport): string {
  const { customer } = data;
  const lines: string[] = [
    `Personal data held by ${data.heldBy}`,
    `Exported ${data.exportedAt} with Rapport`,
    '',
    'About you',
    '---------',
  ];
  const fields: Array<[string, unknown]> = [
    ['First name', customer.firstName], ['Last name', customer.lastName], ['Company', customer.company], ['Job title', customer.role],
    ['Email', customer.email], ['Phone', customer.phone], ['Street', customer.street], ['Postal code', customer.postalCode],
    ['City', customer.city], ['Region', customer.region], ['Country', customer.country], ['Language', customer.language],
    ['Birthday', customer.birthday], ['Customer since', customer.customerSince], ['Where we met you', customer.source],
    ['Tags', customer.tags.join(', ')], ['Notes', customer.notes], ['Do not contact', customer.doNotContact ? 'yes' : 'no'],
    ['Record created', customer.createdAt], ['Record last changed', customer.updatedAt],
  ];
  for (const [label, value] of fields) if (value !== '' && value !== null && value !== undefined) lines.push(`${label}: ${String(value)}`);
  lines.push('', 'Consent', '-------');
  const consents = Object.entries(customer.consents);
  if (consents.length === 0) lines.push('None recorded.');
  for (const [channel, consent] of consents) {
    if (consent) lines.push(`${channel}: ${consent.status} on ${consent.at}${consent.evidence ? ` (${consent.evidence})` : ''}`);
  }
  section(lines, 'Purchases', data.purchases);
  section(lines, 'Contacts with you', data.touchpoints);
  section(lines, 'Your feedback', data.feedback);
  section(lines, 'People you referred', data.referred);
  return `${lines.join('\n')}\n`;
}

function section(lines: string[], title: string, rows: readonly unknown[]): void {
  lines.push('', title, '-'.repeat(title.length));
  if (rows.length === 0) lines.push('None.');
  for (const row of rows) {
    lines.push(
      Object.entries(row as Record<string, unknown>)
        .filter(([, value]) => value !== '' && value !== null)
        .map(([key, value]) => `${key.replace(/_/g, ' ')}: ${String(value)}`)
        .join('; '),
    );
  }
}
