import { type ImportField, type Mapping, SYNONYMS, normaliseHeader } from './fields';

/**
 * The exports people bring (shared/IMPORT_FORMATS.md): recognised by their headers, mapped without asking.
 * Anything else is mapped by synonyms and shown on the mapping screen.
 */
export interface KnownFormat {
  id: 'shopify-customers' | 'shopify-orders' | 'hubspot' | 'mailchimp' | 'google' | 'outlook';
  label: string;
  /** Every one of these normalised headers is present… */
  requires: string[];
  /** …and, when given, at least one of these (the vendor's own words). */
  anyOf?: string[];
  /** Normalised header → field; unlisted headers fall back to the synonyms, or are ignored. */
  columns: ReadonlyMap<string, ImportField>;
  /** How several values share one cell (tags, emails). */
  listSeparator: RegExp;
}

/** A format's columns as a Map: they are looked up by header text from the file. */
function columnsOf(columns: Record<string, ImportField>): ReadonlyMap<string, ImportField> {
  return new Map(Object.entries(columns));
}

export const KNOWN_FORMATS: readonly KnownFormat[] = [
  {
    id: 'shopify-orders',
    label: 'Shopify orders export',
    requires: ['name', 'email', 'lineitem name'],
    columns: columnsOf({
      name: 'orderRef',
      email: 'email',
      'created at': 'purchaseDate',
      'lineitem name': 'product',
      'lineitem quantity': 'quantity',
      'lineitem price': 'unitPrice',
      currency: 'currency',
      'billing name': 'fullName',
      'billing company': 'company',
      'billing city': 'city',
      'billing country': 'country',
      'billing phone': 'phone',
      'accepts marketing': 'emailConsent',
      total: 'amount', // what the customer paid: line items, shipping, taxes and discounts as Shopify totals them
      subtotal: 'ignore',
      shipping: 'ignore',
      taxes: 'ignore',
      'discount amount': 'ignore',
      'financial status': 'ignore',
      'lineitem sku': 'ignore',
      tags: 'ignore',
      notes: 'ignore',
      'shipping name': 'ignore',
      'shipping city': 'ignore',
      'shipping country': 'ignore',
      'shipping phone': 'ignore',
      'shipping company': 'ignore',
      'shipping street': 'ignore',
      'billing street': 'ignore',
      'billing zip': 'ignore',
      'shipping zip': 'ignore',
    }),
    listSeparator: /\s*,\s*/,
  },
  {
    id: 'shopify-customers',
    label: 'Shopify customers export',
    requires: ['first name', 'last name', 'email'],
    anyOf: ['accepts email marketing', 'accepts marketing', 'default address city', 'total orders'],
    columns: columnsOf({
      'customer id': 'ignore',
      'accepts email marketing': 'emailConsent',
      'accepts marketing': 'emailConsent',
      'accepts sms marketing': 'smsConsent',
      'default address company': 'company',
      'default address address1': 'street',
      'default address city': 'city',
      'default address province code': 'region',
      'default address country code': 'country',
      'default address zip': 'postalCode',
      'default address phone': 'ignore',
      address1: 'street',
      'country code': 'country',
      'province code': 'region',
      province: 'ignore',
      country: 'ignore',
      note: 'notes',
      'total spent': 'ignore',
      'total orders': 'ignore',
      'tax exempt': 'ignore',
    }),
    listSeparator: /\s*,\s*/,
  },
  {
    id: 'mailchimp',
    label: 'Mailchimp audience export',
    requires: ['email address', 'member rating'],
    columns: columnsOf({
      'email address': 'email',
      'optin time': 'consentAt',
      'optin ip': 'consentEvidence',
      'unsub time': 'unsubscribedAt',
      'clean time': 'cleanedAt',
      'member rating': 'ignore',
      'confirm time': 'ignore',
      'confirm ip': 'ignore',
      latitude: 'ignore',
      longitude: 'ignore',
      gmtoff: 'ignore',
      dstoff: 'ignore',
      timezone: 'ignore',
      cc: 'country',
      region: 'region',
      'last changed': 'ignore',
      leid: 'ignore',
      euid: 'ignore',
      notes: 'notes',
      tags: 'tags',
    }),
    listSeparator: /"\s*,\s*"|^"|"$/,
  },
  {
    id: 'hubspot',
    label: 'HubSpot contacts export',
    requires: ['record id'],
    columns: columnsOf({
      'record id': 'ignore',
      'phone number': 'phone',
      'company name': 'company',
      'job title': 'role',
      'country region': 'country',
      'create date': 'customerSince',
      'contact owner': 'ignore',
      'lead status': 'ignore',
      'lifecycle stage': 'tags',
      'last activity date': 'ignore',
      'marketing contact status': 'ignore',
    }),
    listSeparator: /\s*;\s*/,
  },
  {
    id: 'google',
    label: 'Google Contacts',
    requires: ['e mail 1 value'],
    columns: columnsOf({
      'first name': 'firstName',
      'given name': 'firstName',
      'last name': 'lastName',
      'family name': 'lastName',
      name: 'ignore',
      'organization name': 'company',
      'organization 1 name': 'company',
      'organization title': 'role',
      'organization 1 title': 'role',
      'e mail 1 value': 'email',
      'phone 1 value': 'phone',
      'address 1 street': 'street',
      'address 1 city': 'city',
      'address 1 region': 'region',
      'address 1 postal code': 'postalCode',
      'address 1 country': 'country',
      labels: 'tags',
      'group membership': 'tags',
      birthday: 'birthday',
      notes: 'notes',
    }),
    listSeparator: /\s*:::\s*/,
  },
  {
    id: 'outlook',
    label: 'Outlook contacts',
    requires: ['e mail address', 'business phone'],
    columns: columnsOf({
      'e mail address': 'email',
      'mobile phone': 'phone',
      'business phone': 'phone',
      'job title': 'role',
      company: 'company',
      'business street': 'street',
      'business city': 'city',
      'business state': 'region',
      'business postal code': 'postalCode',
      'business country region': 'country',
      'business country': 'country',
      categories: 'tags',
      birthday: 'birthday',
      notes: 'notes',
      title: 'ignore',
    }),
    listSeparator: /\s*;\s*/,
  },
];

export interface Recognition {
  format: KnownFormat | null;
  mapping: Mapping;
  listSeparator: RegExp;
  /** Headers Rapport has no meaning for (neither the format nor a synonym names them). */
  unrecognised: string[];
  /** Headers left out because an earlier column already took their field (which one is meant is not certain). */
  ambiguous: string[];
}

/**
 * Recognises a known export by its headers and maps every column; the first column for a field wins.
 * A "name" column beside a "last name" one (Danish Navn + Efternavn, English Name + Surname) holds the first
 * name: read as a full name, its first names would be lost to the last-name column.
 */
export function recognise(headers: readonly string[]): Recognition {
  const normalised = headers.map(normaliseHeader);
  const present = new Set(normalised);
  const format = KNOWN_FORMATS.find((f) => f.requires.every((h) => present.has(h)) && (!f.anyOf || f.anyOf.some((h) => present.has(h)))) ?? null;
  const meant = normalised.map((key) => format?.columns.get(key) ?? SYNONYMS.get(key) ?? null);
  if (meant.includes('fullName') && meant.includes('lastName') && !meant.includes('firstName')) {
    meant[meant.indexOf('fullName')] = 'firstName';
  }
  const mapping = new Map<string, ImportField>();
  const taken = new Set<ImportField>();
  const unrecognised: string[] = [];
  const ambiguous: string[] = [];
  headers.forEach((header, index) => {
    let field: ImportField = meant[index] ?? 'ignore';
    if (meant[index] === null) unrecognised.push(header);
    // a second column for the same field (Outlook's Mobile and Business phone) is kept out of the way
    if (field !== 'ignore' && field !== 'tags' && taken.has(field)) {
      field = 'ignore';
      ambiguous.push(header);
    }
    taken.add(field);
    if (!mapping.has(header)) mapping.set(header, field);
  });
  return { format, mapping, listSeparator: format?.listSeparator ?? /\s*[,;]\s*/, unrecognised, ambiguous };
}
