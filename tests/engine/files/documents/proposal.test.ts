import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, type Language } from '../../../../shared/domain/profile';
import { EconomicsAssumptionsSchema, PROGRAM_CHANNELS, PROGRAM_TYPES, ProgramRulesSchema } from '../../../../shared/domain/program';
import { programEconomics } from '../../../../shared/logic/programs/economics';
import { RFM_GROUPS } from '../../../../shared/domain/rfm';
import { formatDate, formatMoney, formatNumber } from '../../../../shared/logic/template/formats';
import { imageSize, packSync } from '../../../../electron/engine/files/documents/layout';
import {
  CHANNEL_WORDS, FIGURE_KEYS, FIGURE_WORDS, MAX_CALENDAR_ROWS, PROGRAM_TYPE_WORDS, PROPOSAL_WORDS, RFM_GROUP_NAMES, figureName, figureValue, proposalDocument,
} from '../../../../electron/engine/files/documents/proposal';
import { BUSINESS, calendar, proposalFixture } from './proposal-fixture';
import { documentXml, pdfPageCounts, rawText, soffice } from './support';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const parts = (bytes: Uint8Array) => unzipSync(bytes);
const media = (bytes: Uint8Array) => Object.entries(parts(bytes)).filter(([path]) => path.startsWith('word/media/')).map(([, data]) => data);
const allXml = (bytes: Uint8Array) => Object.entries(parts(bytes)).filter(([path]) => /\.(xml|rels)$/.test(path)).map(([, data]) => strFromU8(data)).join('\n');
/** Table rows of the table that follows a heading (the calendar's). */
const rowsAfter = (xml: string, headingText: string) => {
  const at = xml.indexOf(`>${headingText}<`);
  const table = xml.slice(xml.indexOf('<w:tbl>', at), xml.indexOf('</w:tbl>', at));
  return (table.match(/<w:tr>|<w:tr /g) ?? []).length;
};

const built = new Map<Language, Uint8Array>();
const proposal = (language: Language) => {
  let bytes = built.get(language);
  if (!bytes) { bytes = packSync(proposalDocument(proposalFixture(language))); built.set(language, bytes); }
  return bytes;
};

const CURRENCY: Record<Language, string> = { en: 'GBP', da: 'DKK', nb: 'NOK', cs: 'CZK', sl: 'EUR' };
const DATES: Record<Language, string> = { en: '31 March 2026', da: '31. marts 2026', nb: '31. mars 2026', cs: '31. března 2026', sl: '31. marca 2026' };

describe('the campaign proposal', () => {
  for (const language of LANGUAGES) {
    it(`is written in ${language}: cover, base, segments, programme, economics, calendar, budget, KPIs, next steps`, async () => {
      const bytes = proposal(language);
      const text = await rawText(bytes);
      const w = PROPOSAL_WORDS[language];
      expect(text).toContain(BUSINESS[language]);
      expect(text).toContain(w.title);
      expect(text).toContain(DATES[language]);
      expect(formatDate('2026-03-31', language)).toBe(DATES[language]);
      expect(text).toContain(w.preparedBy('Agentura Křížek & Ødegård'));
      for (const h of [w.baseHeading, w.segmentsHeading, w.programHeading, w.why, w.economicsHeading, w.sensitivity, w.calendarHeading, w.budgetHeading, w.kpisHeading, w.nextStepsHeading]) expect(text).toContain(h);
      // key metrics, money in the currency's style of the language (as the letters print it)
      expect(text).toContain(formatMoney(128_000_000, CURRENCY[language], language));
      expect(text).toContain(formatNumber(1400, language));
      // segments with their sizes
      expect(text).toContain('Šťastní zákazníci');
      expect(text).toContain('Stamgæster i Århus');
      // the programme, its type and channels in the language, the reasons
      expect(text).toContain('Kaffekort: the tenth cup is on us');
      expect(text).toContain(PROGRAM_TYPE_WORDS[language].stampCard);
      expect(text).toContain(CHANNEL_WORDS[language].letter);
      expect(text).toContain('small frequent purchases suit a stamp card');
      // the figures, named in the language, with their (English) how
      for (const key of ['members', 'programCost', 'net', 'paybackMonths', 'breakEvenUplift']) expect(text).toContain(figureName(key, language));
      expect(text).toContain(formatMoney(518_100, CURRENCY[language], language));
      // the +5 % retention effect is a rise, signed
      expect(text).toContain(`+${figureValue({ key: 'retentionPlusFive', value: 31, unit: 'percent', how: '' }, CURRENCY[language], language)}`);
      expect(text).toContain('55,350.00 - 50,169.00 = 5,181.00 a year.');
      expect(text).toContain('someFutureFigure'); // a key with no words prints as it is
      // the calendar: every row, its dates in the language, the total
      for (const row of calendar(12)) expect(text).toContain(formatDate(row.date, language));
      expect(text).toContain('Birthday gift');
      expect(rowsAfter(documentXml(bytes), w.calendarHeading)).toBe(1 + 12 + 1);
      expect(text).toContain(formatNumber(calendar(12).reduce((s, r) => s + r.touches, 0), language));
      // budget, KPIs, next steps
      expect(text).toContain(formatMoney(5_016_900, CURRENCY[language], language));
      expect(text).toContain('Repeat rate among members vs. non-members');
      expect(text).toContain('Send the welcome letters in week 1');
      expect(allXml(bytes)).not.toContain('{{');
      expect(text).not.toMatch(/undefined|NaN|\[object/);
    });
  }

  it('prints Czech and Slovenian with their diacritics, and the footer in the language', async () => {
    const cs = await rawText(proposal('cs'));
    for (const words of ['Návrh programu péče o zákazníky', 'Zákaznická základna', 'Tržby za posledních 12 měsíců', 'Doporučený program', 'Věrnostní karta s razítky', 'Čistý výsledek za rok', 'Harmonogram kampaní', 'Týden od', '4. ledna 2027', 'Další kroky']) expect(cs).toContain(words);
    const sl = await rawText(proposal('sl'));
    for (const words of ['Predlog programa za odnose s strankami', 'Število strank', 'Priporočeni program', 'Kartica zvestobe z žigi', 'Doba povračila', 'Koledar kampanj', '4. januarja 2027', 'Naslednji koraki']) expect(sl).toContain(words);
    const footers = (language: Language) => Object.entries(parts(proposal(language))).filter(([p]) => /^word\/footer\d*\.xml$/.test(p)).map(([, d]) => strFromU8(d)).join('');
    expect(footers('cs')).toContain('Strana ');
    expect(footers('cs')).toContain(' z ');
    expect(footers('sl')).toContain('Stran ');
    expect(footers('da')).toContain('Side ');
  });

  it('carries the logo and the two charts as real PNG images, the charts 1200 pixels wide', () => {
    const images = media(proposal('cs'));
    expect(images).toHaveLength(3);
    for (const image of images) expect(PNG_SIGNATURE.every((b, i) => image[i] === b)).toBe(true);
    expect(images.filter((image) => imageSize(image)?.width === 1200)).toHaveLength(2);
    const withoutLogo = media(packSync(proposalDocument(proposalFixture('en', { profile: { ...proposalFixture('en').profile, logo: '' } }))));
    expect(withoutLogo).toHaveLength(2);
    expect(documentXml(proposal('cs'))).toContain('<pic:pic');
  });

  it('cuts a long calendar to at most 60 rows and still totals every row', async () => {
    const rows = calendar(200);
    const bytes = packSync(proposalDocument(proposalFixture('en', { calendar: rows })));
    const xml = documentXml(bytes);
    expect(rowsAfter(xml, PROPOSAL_WORDS.en.calendarHeading)).toBe(1 + MAX_CALENDAR_ROWS + 1);
    const text = await rawText(bytes);
    expect(text).toContain(PROPOSAL_WORDS.en.moreRows(String(200 - (MAX_CALENDAR_ROWS - 1))));
    expect(text).toContain(formatNumber(rows.reduce((s, r) => s + r.touches, 0), 'en'));
    expect(text).toContain(formatMoney(rows.reduce((s, r) => s + r.costMinor, 0), 'GBP', 'en'));
  });

  it('says what is missing rather than failing when there is no programme, economics, data or plans', async () => {
    const bytes = packSync(proposalDocument(proposalFixture('nb', {
      agencyName: '', program: null, reasons: [], economics: null, revenueByMonth: [], rfmGroups: [], segments: [], calendar: [], budget: { lines: [], totalMinor: 0 }, kpis: [], nextSteps: [],
    })));
    const text = await rawText(bytes);
    const w = PROPOSAL_WORDS.nb;
    for (const words of [w.noProgram, w.noSegments, w.noCalendar, w.noBudget]) expect(text).toContain(words);
    expect(text).not.toContain('Utarbeidet av');
    expect(text).not.toContain(w.kpisHeading);
    // the logo and two "no data yet" charts, which are the same picture (docx stores it once)
    expect((documentXml(bytes).match(/<pic:pic /g) ?? []).length).toBe(3);
    expect(media(bytes)).toHaveLength(2);
  });

  it('formats figures by their unit in the language', () => {
    expect(figureValue({ key: 'net', value: -518_100, unit: 'money', how: '' }, 'DKK', 'da')).toBe(formatMoney(-518_100, 'DKK', 'da'));
    expect(figureValue({ key: 'paybackMonths', value: 10.9, unit: 'months', how: '' }, 'CZK', 'cs')).toBe('10,9 měsíce');
    expect(figureValue({ key: 'paybackMonths', value: 3, unit: 'months', how: '' }, 'EUR', 'sl')).toBe('3 meseci');
    expect(figureValue({ key: 'breakEvenUplift', value: 4.5, unit: 'percent', how: '' }, 'GBP', 'en')).toBe('4.5%');
    expect(figureValue({ key: 'breakEvenUplift', value: 4.5, unit: 'points', how: '' }, 'DKK', 'da')).toBe(`4,5\u00A0${PROPOSAL_WORDS.da.percentagePoints.replace(/ /g, '\u00A0')}`);
    expect(figureValue({ key: 'members', value: 1492.4, unit: 'count', how: '' }, 'NOK', 'nb')).toBe(formatNumber(1492, 'nb'));
    expect(figureValue({ key: 'paybackMonths', value: null, unit: 'months', how: '' }, 'GBP', 'en')).toBe('–');
  });

  it('has words for every program type, channel, RFM group and expected figure in every language', () => {
    for (const language of LANGUAGES) {
      for (const type of PROGRAM_TYPES) expect(PROGRAM_TYPE_WORDS[language][type]?.trim()).toBeTruthy();
      for (const channel of PROGRAM_CHANNELS) expect(CHANNEL_WORDS[language][channel]?.trim()).toBeTruthy();
      for (const group of RFM_GROUPS) expect(RFM_GROUP_NAMES[language][group]?.trim()).toBeTruthy();
      for (const key of FIGURE_KEYS) expect(FIGURE_WORDS[language][key]?.trim()).toBeTruthy();
      for (const [key, value] of Object.entries(PROPOSAL_WORDS[language])) {
        if (typeof value === 'string' && key !== 'howInEnglish') expect(value.trim(), `${language}.${key}`).toBeTruthy();
      }
    }
    expect(figureName('aNewFigure', 'cs')).toBe('aNewFigure');
  });

  it('says under the revenue chart when its last month is not over yet', async () => {
    const w = PROPOSAL_WORDS.da;
    const monthEnd = await rawText(packSync(proposalDocument(proposalFixture('da'))));
    expect(monthEnd).not.toContain(w.partialMonth(formatDate('2026-03-31', 'da')));
    const midMonth = await rawText(packSync(proposalDocument(proposalFixture('da', { date: '2026-03-12' }))));
    expect(midMonth).toContain(w.partialMonth(formatDate('2026-03-12', 'da')));
  });

  it('names every figure the economics give, for every program type, in every language (no key printed as it is)', () => {
    const base = {
      asOf: '2026-03-01', from: '2025-03-02', currency: 'DKK', grossMarginPercent: 40, targetCustomers: 10, activeBuyers: 10, purchases: 55, revenueMinor: 550_000,
      unconvertedCurrencies: [], retentionRate: 0.5, lapsedCustomers: 2, purchaseHistogram: [[2, 4], [5, 3], [10, 3]] as Array<[number, number]>,
      spendHistogram: [[10_000, 5], [60_000, 5]] as Array<[number, number]>, spendBucketMinor: 10_000, advocates: 1, referred: 1, giftUnitCostMinor: 0,
    };
    const keys = new Set<string>();
    for (const type of PROGRAM_TYPES) {
      const rules = ProgramRulesSchema.parse(type === 'winBack' || type === 'thankYou' || type === 'anniversary' || type === 'surprise' ? { type, reward: { description: '', costMinor: 0 } } : { type });
      for (const f of programEconomics({ rules, budgetMinor: 10_000, giftIds: [] }, base, EconomicsAssumptionsSchema.parse({})).figures) keys.add(f.key);
    }
    expect([...keys].some((k) => k.startsWith('tierMembers:'))).toBe(true);
    for (const language of LANGUAGES) for (const key of keys) expect(figureName(key, language), `${language}: ${key}`).not.toBe(key);
    expect(figureName('tierMembers:Gold', 'da')).toBe('Medlemmer i Gold');
  });

  it.skipIf(!soffice)('converts to PDF in LibreOffice in every language, on 6 to 9 pages', () => {
    const counts = pdfPageCounts(LANGUAGES.map((language) => proposal(language)));
    for (const [i, pages] of counts.entries()) {
      expect(pages, LANGUAGES[i]).toBeGreaterThanOrEqual(6);
      expect(pages, LANGUAGES[i]).toBeLessThanOrEqual(9);
    }
  }, 240_000);
});
