import { foldText } from '../../../shared/logic/match-keys';
import type { CustomerFields } from '../../../shared/domain/customer';

/** Where a column's values go: a customer field, or one of the import's own meanings. */
export type ImportField =
  | Exclude<keyof CustomerFields, 'referredBy' | 'successorId' | 'doNotContact'>
  | 'fullName'
  | 'emailConsent'
  | 'smsConsent'
  | 'consentAt'
  | 'consentEvidence'
  | 'unsubscribedAt'
  | 'cleanedAt'
  | PurchaseField
  | 'ignore';

/** Columns of a purchases file (an orders export, a sales list): one purchase per row. */
export type PurchaseField = 'purchaseDate' | 'amount' | 'unitPrice' | 'quantity' | 'currency' | 'product' | 'category' | 'salesChannel' | 'orderRef';
export const PURCHASE_FIELDS: readonly PurchaseField[] = ['purchaseDate', 'amount', 'unitPrice', 'quantity', 'currency', 'product', 'category', 'salesChannel', 'orderRef'];

/**
 * Header → field. A Map, never a plain object: headers are text from the file, and a column named
 * `constructor` or `__proto__` must stay an ordinary header instead of reaching Object.prototype.
 */
export type Mapping = ReadonlyMap<string, ImportField>;

/** The field a header is mapped to; a header the mapping does not name is ignored. */
export function fieldOf(mapping: Mapping, header: string): ImportField {
  return mapping.get(header) ?? 'ignore';
}

/** Header text as compared: lower case, no diacritics, words separated by single spaces. */
export function normaliseHeader(header: string): string {
  return foldText(header)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * Synonyms for files of no known vendor (and for localised exports): English, Danish, Norwegian, Czech,
 * Slovene. Keys are normalised headers.
 */
export const SYNONYMS: ReadonlyMap<string, ImportField> = new Map(
  (
    [
      ['firstName', ['first name', 'firstname', 'given name', 'fornavn', 'jmeno', 'krestni jmeno', 'ime', 'first']],
      ['lastName', ['last name', 'lastname', 'surname', 'family name', 'efternavn', 'etternavn', 'prijmeni', 'priimek', 'last']],
      ['fullName', ['name', 'full name', 'navn', 'jmeno a prijmeni', 'ime in priimek', 'contact', 'contact name', 'kontakt']],
      ['salutation', ['salutation', 'anrede', 'osloveni', 'greeting', 'tiltale', 'nagovor']],
      ['company', ['company', 'company name', 'organisation', 'organization', 'organization name', 'firma', 'virksomhed', 'spolecnost', 'podjetje', 'account']],
      ['role', ['job title', 'title', 'role', 'position', 'stilling', 'pozice', 'funkce', 'delovno mesto']],
      ['email', ['email', 'e mail', 'email address', 'e mail address', 'mail', 'e post', 'epost', 'e postadresse']],
      ['phone', ['phone', 'phone number', 'telephone', 'tel', 'mobile', 'mobile phone', 'telefon', 'telefonnummer', 'mobil', 'telefonni cislo', 'gsm']],
      ['street', ['address', 'street', 'address 1', 'address1', 'adresse', 'gade', 'ulice', 'adresa', 'naslov', 'ulica']],
      ['postalCode', ['zip', 'zip code', 'postal code', 'postcode', 'postnummer', 'postnr', 'psc', 'postna stevilka']],
      ['city', ['city', 'town', 'by', 'sted', 'poststed', 'mesto', 'obec', 'kraj']],
      ['region', ['region', 'state', 'province', 'county', 'fylke', 'kommune']],
      ['country', ['country', 'country code', 'country region', 'land', 'zeme', 'stat', 'drzava']],
      ['language', ['language', 'sprog', 'sprak', 'jazyk', 'jezik']],
      ['birthday', ['birthday', 'birth date', 'date of birth', 'fodselsdag', 'fodselsdato', 'datum narozeni', 'rojstni dan', 'datum rojstva']],
      ['customerSince', ['customer since', 'created', 'create date', 'created at', 'date added', 'kunde siden', 'zakaznikem od']],
      ['source', ['source', 'lead source', 'kilde', 'zdroj', 'vir']],
      ['notes', ['notes', 'note', 'comment', 'comments', 'bemaerkning', 'noter', 'notater', 'poznamka', 'poznamky', 'opomba', 'opombe']],
      ['tags', ['tags', 'labels', 'categories', 'groups', 'group membership', 'stikord', 'stitky', 'oznake']],
      ['purchaseDate', ['date', 'order date', 'purchase date', 'sale date', 'dato', 'kobsdato', 'datum', 'datum nakupu', 'datum prodeje']],
      ['amount', ['amount', 'total', 'order total', 'sum', 'value', 'belob', 'belop', 'castka', 'cena celkem', 'znesek']],
      ['unitPrice', ['price', 'unit price', 'pris', 'cena', 'cena za kus']],
      ['quantity', ['quantity', 'qty', 'antal', 'antall', 'mnozstvi', 'kolicina']],
      ['currency', ['currency', 'valuta', 'mena', 'valuta koda']],
      ['product', ['product', 'item', 'article', 'sku name', 'produkt', 'vare', 'zbozi', 'izdelek', 'artikel']],
      ['category', ['category', 'product category', 'kategori', 'kategorie', 'kategorija']],
      ['salesChannel', ['channel', 'sales channel', 'kanal', 'prodejni kanal']],
      ['orderRef', ['order', 'order id', 'order number', 'order no', 'order ref', 'invoice', 'invoice number', 'ordrenummer', 'faktura', 'cislo objednavky']],
      ['emailConsent', ['accepts marketing', 'accepts email marketing', 'email consent', 'newsletter', 'nyhedsbrev', 'marketing consent', 'souhlas']],
    ] as const
  ).flatMap(([field, names]) => names.map((name): [string, ImportField] => [name, field])),
);
