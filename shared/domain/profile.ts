import { z } from 'zod';
import { DEFAULT_GROSS_MARGIN_PERCENT } from '../logic/clv';

/** The business a workspace belongs to. Later capabilities (program recommendations, documents) read it. */
export const BUSINESS_KINDS = ['b2b', 'b2c', 'both'] as const;
export type BusinessKind = (typeof BUSINESS_KINDS)[number];

/** Languages Rapport speaks (UI and starter templates). */
export const LANGUAGES = ['en', 'da', 'nb', 'cs', 'sl'] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * Countries offered first in the profile form; any ISO 3166-1 alpha-2 code is accepted. Names are shown
 * through `Intl.DisplayNames` in the renderer, so this list holds codes only.
 */
export const SUGGESTED_COUNTRIES = [
  'DK', 'NO', 'CZ', 'SI', 'GB', 'SE', 'FI', 'DE', 'AT', 'NL', 'BE', 'FR', 'IE', 'PL', 'SK', 'HR', 'IT', 'ES', 'PT', 'CH', 'US', 'CA',
] as const;

/** Currencies offered first; any ISO 4217 code is accepted. */
export const SUGGESTED_CURRENCIES = ['DKK', 'NOK', 'CZK', 'EUR', 'GBP', 'SEK', 'PLN', 'CHF', 'USD'] as const;

/** The currency a business in a given country most likely uses, to prefill the form sensibly. */
export const CURRENCY_BY_COUNTRY: Readonly<Record<string, string>> = {
  DK: 'DKK', NO: 'NOK', CZ: 'CZK', SI: 'EUR', GB: 'GBP', SE: 'SEK', FI: 'EUR', DE: 'EUR', AT: 'EUR', NL: 'EUR',
  BE: 'EUR', FR: 'EUR', IE: 'EUR', PL: 'PLN', SK: 'EUR', HR: 'EUR', IT: 'EUR', ES: 'EUR', PT: 'EUR', CH: 'CHF',
  US: 'USD', CA: 'CAD',
  // beyond the suggested countries, so a customer's usual currency can be guessed from where they are
  IS: 'ISK', HU: 'HUF', RO: 'RON', BG: 'BGN', LU: 'EUR', EE: 'EUR', LV: 'EUR', LT: 'EUR', GR: 'EUR', CY: 'EUR', MT: 'EUR',
  AU: 'AUD', NZ: 'NZD', JP: 'JPY',
};

/** The language a business in a given country most likely writes to its customers in. */
export const LANGUAGE_BY_COUNTRY: Readonly<Record<string, Language>> = { DK: 'da', NO: 'nb', CZ: 'cs', SI: 'sl' };

const trimmed = (max: number) => z.string().trim().max(max);

const grossMargin = z
  .number({ message: 'Gross margin is a percentage, such as 40.' })
  .min(0, 'Gross margin is between 0 and 100 %.')
  .max(100, 'Gross margin is between 0 and 100 %.');

export const PAPER_SIZES = ['A4', 'Letter'] as const;
export type PaperSize = (typeof PAPER_SIZES)[number];

/** What documents carry of the business: the sender block, the signature, a logo and a colour. */
const letterhead = {
  /** The sender's address as printed above the window (lines separated by newlines). */
  senderAddress: trimmed(500),
  /** The closing under letters and notes ("Kind regards, Anna"), lines separated by newlines. */
  signature: trimmed(500),
  /** A PNG or JPEG logo as a data URL, at most about 1 MB; empty: none. */
  logo: z.union([
    z.literal(''),
    z.string().max(1_400_000, 'A logo is at most about 1 MB.').regex(/^data:image\/(png|jpeg);base64,[A-Za-z0-9+/]+=*$/, 'A logo is a PNG or JPEG picture.'),
  ]),
  /** Headings and rules in documents, #RRGGBB. */
  brandColour: z.string().regex(/^#[0-9A-Fa-f]{6}$/, 'A colour is written #RRGGBB, such as #1F4E79.'),
  paperSize: z.enum(PAPER_SIZES),
  /** The agency preparing proposals for this business ('' none): named on the proposal's cover. */
  agencyName: trimmed(120),
};
export const DEFAULT_BRAND_COLOUR = '#1F4E79';

export const ProfileSchema = z
  .object({
    name: trimmed(120).min(1, 'The business needs a name.'),
    kind: z.enum(BUSINESS_KINDS),
    industry: trimmed(80),
    country: z.string().regex(/^[A-Z]{2}$/, 'A country is a two-letter ISO code such as DK.'),
    currency: z.string().regex(/^[A-Z]{3}$/, 'A currency is a three-letter ISO code such as DKK.'),
    language: z.enum(LANGUAGES),
    /** Gross margin in percent of revenue: what lifetime value counts as profit (shared/logic/clv.ts). */
    grossMarginPercent: grossMargin.default(DEFAULT_GROSS_MARGIN_PERCENT),
    senderAddress: letterhead.senderAddress.default(''),
    signature: letterhead.signature.default(''),
    logo: letterhead.logo.default(''),
    brandColour: letterhead.brandColour.default(DEFAULT_BRAND_COLOUR),
    paperSize: letterhead.paperSize.default('A4'),
    agencyName: letterhead.agencyName.default(''),
  })
  .strict();

export type Profile = z.infer<typeof ProfileSchema>;

/** A change of some fields; no defaults here, so a patch never resets the margin it does not name. */
export const ProfilePatchSchema = ProfileSchema.extend({ grossMarginPercent: grossMargin, ...letterhead }).partial().strict();
export type ProfilePatch = z.infer<typeof ProfilePatchSchema>;

export function defaultProfile(name: string): Profile {
  return { name, kind: 'both', industry: '', country: 'GB', currency: 'GBP', language: 'en', grossMarginPercent: DEFAULT_GROSS_MARGIN_PERCENT,
    senderAddress: '', signature: '', logo: '', brandColour: DEFAULT_BRAND_COLOUR, paperSize: 'A4', agencyName: '' };
}
