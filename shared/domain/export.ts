import { z } from 'zod';
import { CUSTOMER_FILTER_FIELDS, CUSTOMER_SORT_FIELDS } from './customer';
import { MembershipSchema } from './segment';

/** Columns of the customers CSV, with their headings (English; they are read back by the importer's synonyms). */
export const CUSTOMER_EXPORT_COLUMNS = {
  firstName: 'First name',
  lastName: 'Last name',
  company: 'Company',
  role: 'Job title',
  email: 'Email',
  phone: 'Phone',
  street: 'Street',
  postalCode: 'Postal code',
  city: 'City',
  region: 'Region',
  country: 'Country',
  language: 'Language',
  birthday: 'Birthday',
  customerSince: 'Customer since',
  source: 'Source',
  tags: 'Tags',
  notes: 'Notes',
  doNotContact: 'Do not contact',
  emailConsent: 'Email consent',
  lastPurchase: 'Last purchase',
  purchaseCount: 'Purchases',
  totalSpent: 'Total spent',
  averageSpent: 'Average spent',
  currency: 'Currency',
  daysSinceLastPurchase: 'Days since last purchase',
  referredCount: 'Customers referred',
  /** Currencies without an exchange rate, whose purchases the totals leave out. */
  notConverted: 'Not in totals (no exchange rate)',
} as const;

export type CustomerExportColumn = keyof typeof CUSTOMER_EXPORT_COLUMNS;
export const CUSTOMER_EXPORT_COLUMN_NAMES = Object.keys(CUSTOMER_EXPORT_COLUMNS) as [CustomerExportColumn, ...CustomerExportColumn[]];

/** The grid view to export: its search, tag filter, order and visible columns, and the delimiter chosen. */
export const CustomersCsvRequestSchema = z
  .object({
    search: z.string().trim().max(200).default(''),
    tag: z.string().trim().max(60).optional(),
    filters: z
      .array(z.object({ field: z.enum(CUSTOMER_FILTER_FIELDS), contains: z.string().trim().min(1).max(200) }).strict())
      .max(CUSTOMER_FILTER_FIELDS.length)
      .default([]),
    /** Only the members of a segment (its CSV of members is this export). */
    segment: MembershipSchema.optional(),
    sort: z
      .array(z.object({ field: z.enum(CUSTOMER_SORT_FIELDS), direction: z.enum(['asc', 'desc']) }).strict())
      .max(4)
      .default([{ field: 'displayName', direction: 'asc' }]),
    columns: z.array(z.enum(CUSTOMER_EXPORT_COLUMN_NAMES)).min(1).max(CUSTOMER_EXPORT_COLUMN_NAMES.length).default(['firstName', 'lastName', 'company', 'email', 'phone', 'city', 'country', 'tags']),
    delimiter: z.enum([',', ';']).default(','),
  })
  .strict();
export type CustomersCsvRequest = z.output<typeof CustomersCsvRequestSchema>;

/**
 * Where an export went, for the message that tells the user: the path it was written to, a one-time download
 * URL where the shell hands it to the browser too (the browser host), and the id for "Show in folder" where the
 * shell can show files (a desktop shell). The renderer never sends a path back, only this id.
 */
export interface ExportedFile {
  path: string;
  downloadUrl: string | null;
  revealId: string | null;
}
