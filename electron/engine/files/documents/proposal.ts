import {
  AlignmentType, BorderStyle, Document, Footer, Header, HeadingLevel, ImageRun, LevelFormat, LineRuleType, Paragraph, ShadingType, Table, TableCell,
  TableRow, TextRun, VerticalAlign, WidthType,
} from 'docx';
import type { Language, Profile } from '../../../../shared/domain/profile';
import type { EconomicsAnswer, EconomicsFigure, Program, ProgramChannel } from '../../../../shared/domain/program';
import { INTL_LOCALES, formatDate, formatMoney, formatNumber } from '../../../../shared/logic/template/formats';
import { addDays } from '../../../../shared/logic/calendar';
import { revenueByMonthPng, rfmGroupsPng } from './charts';
import { DOCUMENT_FONT, PAGE_MM, businessHeader, hex, imageSize, logoRun, pageFooter, pageProperties, pixels, textParagraphs, twip } from './layout';
import { CHANNEL_WORDS, PROGRAM_TYPE_WORDS, figureName } from './proposal-names';
import { PROPOSAL_WORDS, type ProposalWords } from './proposal-words';

export { CHANNEL_WORDS, FIGURE_KEYS, FIGURE_WORDS, PROGRAM_TYPE_WORDS, RFM_GROUP_NAMES, figureName } from './proposal-names';
export { PROPOSAL_WORDS } from './proposal-words';

/**
 * The campaign proposal (issue 11): plain data in, a docx Document out, for an agency's client or the owner. The
 * engine gathers the data (metrics, segments, the program, its economics, the plans' calendar) and packs the
 * document with packSync; this module only lays it out, in the business's language (proposal-words.ts).
 */

/** The customer base, measured over the 12 months up to the proposal's date. Shares are 0–1. */
export interface ProposalBase {
  customers: number;
  buyers12m: number;
  revenue12mMinor: number;
  currency: string;
  repeatRate: number;
  averageBasketMinor: number;
  purchasesPerBuyer: number;
  topFifthRevenueShare: number;
  referralShare: number;
  lapsedShare: number;
}

/** One row of the campaign calendar: the touches of one step in one week (date: the week's first day). */
export interface ProposalCalendarRow {
  date: string;
  planName: string;
  stepName: string;
  channel: ProgramChannel;
  touches: number;
  costMinor: number;
}

export interface ProposalData {
  profile: Pick<Profile, 'name' | 'logo' | 'brandColour' | 'paperSize' | 'senderAddress'>;
  /** The agency preparing it ('' none): "Prepared by …" on the cover. */
  agencyName: string;
  language: Language;
  /** The proposal's date, YYYY-MM-DD. */
  date: string;
  base: ProposalBase;
  /** Ascending, 'YYYY-MM'; the last 36 are drawn. */
  revenueByMonth: Array<{ month: string; revenueMinor: number }>;
  /** Worded by the caller (RFM_GROUP_NAMES), in the order to draw them. */
  rfmGroups: Array<{ label: string; customers: number }>;
  segments: Array<{ name: string; members: number }>;
  /** The program proposed; null: none chosen yet (the section says so). */
  program: Program | null;
  /** Why this program: the recommendation's reasons (recommend.ts), in the proposal's language. */
  reasons: string[];
  economics: EconomicsAnswer | null;
  /** Already aggregated by week and step; at most MAX_CALENDAR_ROWS are printed, the total counts all. */
  calendar: ProposalCalendarRow[];
  budget: { lines: Array<{ label: string; amountMinor: number }>; totalMinor: number };
  kpis: string[];
  nextSteps: string[];
}

export const MAX_CALENDAR_ROWS = 60;

const MUTED = '666666';
const NEGATIVE = 'A61B1B';
const STRIPE = 'F2F4F7';
const RULE = 'BFC5CE';
/** Top: room for the header's 12 mm logo above the text. */
const MARGINS = { top: 28, right: 20, bottom: 20, left: 22 };
const STEPS_NUMBERING = 'proposal-next-steps';

const run = (text: string, style: { size?: number; bold?: boolean; color?: string; italics?: boolean } = {}) => new TextRun({ text, font: DOCUMENT_FONT, ...style });

/** Formatting in the proposal's language, with the same formats as the letters (formats.ts). */
function formatters(language: Language, currency: string) {
  const locale = INTL_LOCALES[language];
  const share = (value: number) =>
    new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: Math.abs(value) < 0.1 ? 1 : 0 }).format(Number.isFinite(value) ? value : 0);
  const unit = (value: number, unit: 'month' | 'day') => new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long', maximumFractionDigits: 1 }).format(value);
  const decimal = (value: number, digits = 1) => new Intl.NumberFormat(locale, { maximumFractionDigits: digits, minimumFractionDigits: 0 }).format(value);
  return {
    money: (minor: number) => formatMoney(Math.round(minor), currency, language),
    count: (n: number) => formatNumber(Math.round(n), language),
    date: (iso: string) => (iso ? formatDate(iso, language) : ''),
    share,
    /** A number already in percent (5 → "5 %"), as the assumptions and sensitivity hold them. */
    percent: (value: number) => share(value / 100),
    months: (value: number) => unit(value, 'month'),
    days: (value: number) => unit(value, 'day'),
    decimal,
  };
}
type Formats = ReturnType<typeof formatters>;

// ---------------------------------------------------------------- building blocks

function heading(text: string, pageBreakBefore = false): Paragraph {
  return new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore, children: [run(text)] });
}
function subheading(text: string): Paragraph {
  return new Paragraph({ heading: HeadingLevel.HEADING_2, children: [run(text)] });
}
function note(text: string): Paragraph {
  return new Paragraph({ spacing: { before: 80, after: 160 }, children: [run(text, { size: 18, color: MUTED, italics: true })] });
}
function para(text: string, after = 160, keepNext = false): Paragraph {
  return new Paragraph({ spacing: { after }, keepNext, children: [run(text)] });
}
function bullets(items: string[]): Paragraph[] {
  return items.map((item) => item.trim()).filter(Boolean).map((item) => new Paragraph({ bullet: { level: 0 }, spacing: { after: 80 }, children: [run(item)] }));
}

interface Column { title: string; width: number; right?: boolean }
interface CellValue { text: string; bold?: boolean; color?: string; size?: number; fill?: string }
type Cell = string | CellValue;

/**
 * A table in the report style: a header row in the brand colour (repeated on each page), light stripes, thin
 * grey rules, numbers right-aligned. Widths are parts of the text width, in DXA so Word and LibreOffice agree.
 */
function table(brand: string, textWidthMm: number, columns: Column[], rows: Cell[][], options: { totalRow?: Cell[]; size?: number; header?: boolean; boldFirst?: boolean } = {}): Table {
  const size = options.size ?? 19;
  const sum = columns.reduce((s, c) => s + c.width, 0);
  const widths = columns.map((c) => twip((textWidthMm * c.width) / sum));
  const border = { style: BorderStyle.SINGLE, size: 4, color: RULE };
  // A short table is kept on one page (every row's paragraphs keep with the next, Word's and LibreOffice's way).
  const keepTogether = rows.length <= 16;
  const cell = (value: Cell, i: number, kind: 'head' | 'body' | 'total', stripe: boolean, last = false) => {
    const v: CellValue = typeof value === 'string' ? { text: value } : value;
    const column = columns[i];
    return new TableCell({
      width: { size: widths[i] ?? 0, type: WidthType.DXA },
      verticalAlign: VerticalAlign.CENTER,
      margins: { top: 50, bottom: 50, left: 90, right: 90 },
      shading: kind === 'head' ? { type: ShadingType.CLEAR, fill: brand, color: 'auto' } : kind === 'total' ? { type: ShadingType.CLEAR, fill: 'E4E8EE', color: 'auto' } : v.fill ? { type: ShadingType.CLEAR, fill: v.fill, color: 'auto' } : stripe ? { type: ShadingType.CLEAR, fill: STRIPE, color: 'auto' } : undefined,
      borders: { top: border, bottom: border, left: border, right: border },
      children: v.text.split('\n').map((line) =>
        new Paragraph({
          alignment: column?.right ? AlignmentType.RIGHT : AlignmentType.LEFT,
          keepNext: kind === 'head' || (keepTogether && !last),
          children: [run(line, { size: v.size ?? size, bold: kind !== 'body' || v.bold || (options.boldFirst && i === 0), color: kind === 'head' ? 'FFFFFF' : v.color })],
        }),
      ),
    });
  };
  return new Table({
    width: { size: widths.reduce((s, w) => s + w, 0), type: WidthType.DXA },
    columnWidths: widths,
    rows: [
      ...(options.header === false ? [] : [new TableRow({ tableHeader: true, cantSplit: true, children: columns.map((c, i) => cell(c.title, i, 'head', false)) })]),
      ...rows.map((r, ri) => new TableRow({ cantSplit: true, children: r.map((value, i) => cell(value, i, 'body', ri % 2 === 1, !options.totalRow && ri === rows.length - 1)) })),
      ...(options.totalRow ? [new TableRow({ cantSplit: true, children: options.totalRow.map((value, i) => cell(value, i, 'total', false, true)) })] : []),
    ],
  });
}

/** A tiny empty paragraph (1 pt, exact): Word wants one after a table that ends the document. */
const gap = () => new Paragraph({ spacing: { before: 0, after: 0, line: 20, lineRule: LineRuleType.EXACT }, children: [] });

function chart(png: Uint8Array, widthMm: number, name: string): Paragraph {
  const size = imageSize(png) ?? { width: 1200, height: 540 };
  const width = pixels(widthMm);
  const height = Math.round((width * size.height) / size.width);
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    keepLines: true,
    spacing: { before: 60, after: 200 },
    children: [new ImageRun({ type: 'png', data: png, transformation: { width, height }, altText: { name, title: name, description: name } })],
  });
}

// ---------------------------------------------------------------- sections

function cover(data: ProposalData, w: ProposalWords, f: Formats): Paragraph[] {
  const brand = hex(data.profile.brandColour);
  const logo = logoRun(data.profile, 28, 90);
  const sender = data.profile.senderAddress.split('\n').map((l) => l.trim()).filter(Boolean);
  return [
    new Paragraph({ spacing: { before: twip(45) }, children: logo ? [logo] : [] }),
    new Paragraph({ spacing: { before: 480, after: 120 }, children: [run(data.profile.name, { size: 56, bold: true, color: brand })] }),
    new Paragraph({ border: { bottom: { style: BorderStyle.SINGLE, size: 18, color: brand, space: 6 } }, spacing: { after: 360 }, children: [] }),
    new Paragraph({ spacing: { after: 200 }, children: [run(w.title, { size: 36 })] }),
    new Paragraph({ spacing: { after: 120 }, children: [run(f.date(data.date), { size: 24, color: MUTED })] }),
    ...(data.agencyName.trim() ? [new Paragraph({ spacing: { before: 480 }, children: [run(w.preparedBy(data.agencyName.trim()), { size: 24, bold: true })] })] : []),
    ...(sender.length ? [new Paragraph({ spacing: { before: 1200 }, children: sender.map((line, i) => new TextRun({ text: line, break: i === 0 ? undefined : 1, font: DOCUMENT_FONT, size: 18, color: MUTED })) })] : []),
  ];
}

function customerBase(data: ProposalData, w: ProposalWords, f: Formats, brand: string, textWidth: number): (Paragraph | Table)[] {
  const b = data.base;
  const rows: Cell[][] = [
    [w.customers, f.count(b.customers)],
    [w.buyers12m, f.count(b.buyers12m)],
    [w.revenue12m, f.money(b.revenue12mMinor)],
    [w.averageBasket, f.money(b.averageBasketMinor)],
    [w.purchasesPerBuyer, f.decimal(b.purchasesPerBuyer)],
    [w.repeatRate, f.share(b.repeatRate)],
    [w.topFifthRevenueShare, f.share(b.topFifthRevenueShare)],
    [w.referralShare, f.share(b.referralShare)],
    [w.lapsedShare, f.share(b.lapsedShare)],
  ];
  return [
    heading(w.baseHeading, true),
    para(w.baseIntro(f.date(data.date))),
    table(brand, textWidth * 0.8, [{ title: w.metricHead[0], width: 7 }, { title: w.metricHead[1], width: 3, right: true }], rows),
    subheading(w.revenueChart),
    chart(revenueByMonthPng(data.revenueByMonth, b.currency, data.language, data.profile.brandColour), textWidth, w.revenueChart),
    // a low last bar is a month not over yet, not a collapse: say so
    ...(data.revenueByMonth.at(-1)?.month === data.date.slice(0, 7) && addDays(data.date, 1).slice(0, 7) === data.date.slice(0, 7) ? [note(w.partialMonth(f.date(data.date)))] : []),
    subheading(w.rfmChart),
    chart(rfmGroupsPng(data.rfmGroups, data.profile.brandColour, data.language), textWidth, w.rfmChart),
  ];
}

function segments(data: ProposalData, w: ProposalWords, f: Formats, brand: string, textWidth: number): (Paragraph | Table)[] {
  if (data.segments.length === 0) return [heading(w.segmentsHeading), para(w.noSegments)];
  return [
    heading(w.segmentsHeading),
    table(brand, textWidth * 0.8, [{ title: w.segmentsHead[0], width: 7 }, { title: w.segmentsHead[1], width: 3, right: true }], data.segments.map((s) => [s.name, f.count(s.members)])),
  ];
}

/** What the program's rules say, as label/value rows in the language. */
function ruleRows(program: Program, w: ProposalWords, f: Formats): Cell[][] {
  const reward = (r: { description: string; costMinor: number }): Cell[][] => [
    ...(r.description.trim() ? [[w.reward, r.description.trim()]] : []),
    ...(r.costMinor > 0 ? [[w.costPerReward, f.money(r.costMinor)]] : []),
  ];
  const rules = program.rules;
  switch (rules.type) {
    case 'stampCard':
      return [
        [w.stampFor, rules.stampsPer === 'purchase' ? w.eachPurchase : w.eachAmount(f.money(rules.amountPerStampMinor))],
        [w.stampsForReward, f.count(rules.rewardAt)],
        ...reward(rules.reward),
      ];
    case 'points':
      return [
        [w.pointsPer(f.money(100)), f.decimal(rules.pointsPerUnit, 2)],
        ...rules.thresholds.map((t): Cell[] => [w.rewardAtPoints(f.count(t.points)), [t.reward.description.trim(), t.reward.costMinor > 0 ? `${w.costPerReward}: ${f.money(t.reward.costMinor)}` : ''].filter(Boolean).join('\n') || '–']),
        [w.pointsExpireAfter, rules.expiryMonths > 0 ? f.months(rules.expiryMonths) : w.never],
      ];
    case 'tiers':
      return [
        [w.tiersMeasuredOn, `${rules.basis === 'spend' ? w.spend : w.purchases} (${f.months(rules.periodMonths)})`],
        ...rules.tiers.map((t): Cell[] => [
          `${t.name} (${w.tierFrom} ${rules.basis === 'spend' ? f.money(t.threshold) : f.count(t.threshold)})`,
          [t.benefits.trim(), t.costPerMemberMinor > 0 ? `${w.costPerReward}: ${f.money(t.costPerMemberMinor)}` : ''].filter(Boolean).join('\n') || '–',
        ]),
      ];
    case 'referral':
      return [
        [w.advocateReward, [rules.advocateReward.description.trim(), rules.advocateReward.costMinor > 0 ? f.money(rules.advocateReward.costMinor) : ''].filter(Boolean).join(' · ') || '–'],
        [w.friendReward, [rules.friendReward.description.trim(), rules.friendReward.costMinor > 0 ? f.money(rules.friendReward.costMinor) : ''].filter(Boolean).join(' · ') || '–'],
      ];
    default:
      return [...(rules.type === 'winBack' ? [[w.lapsedAfter, f.days(rules.lapsedAfterDays)]] : []), ...reward(rules.reward)];
  }
}

function programSection(data: ProposalData, w: ProposalWords, f: Formats, brand: string, textWidth: number): (Paragraph | Table)[] {
  const p = data.program;
  const language = data.language;
  if (!p) return [heading(w.programHeading, true), para(w.noProgram), ...(data.reasons.length ? [subheading(w.why), ...bullets(data.reasons)] : [])];
  const period = p.startDate ? `${f.date(p.startDate)} – ${p.endDate ? f.date(p.endDate) : w.untilFurtherNotice}` : w.notSet;
  const facts: Cell[][] = [
    [w.type, PROGRAM_TYPE_WORDS[language][p.rules.type]],
    ...(p.channels.length ? [[w.channels, p.channels.map((c) => CHANNEL_WORDS[language][c]).join(', ')]] : []),
    [w.budget, p.budgetMinor > 0 ? f.money(p.budgetMinor) : w.notSet],
    [w.period, period],
    ...ruleRows(p, w, f),
  ];
  const benefits = p.benefits.split('\n').map((l) => l.replace(/^\s*[-•*]\s*/, '').trim()).filter(Boolean);
  return [
    heading(w.programHeading, true),
    new Paragraph({ spacing: { after: 60 }, keepNext: true, children: [run(p.name, { size: 30, bold: true })] }),
    new Paragraph({ spacing: { after: 200 }, children: [run(PROGRAM_TYPE_WORDS[language][p.rules.type], { size: 22, color: MUTED })] }),
    ...textParagraphs(p.description),
    ...(data.reasons.length ? [subheading(w.why), ...bullets(data.reasons)] : []),
    subheading(w.facts),
    table(brand, textWidth, [{ title: '', width: 4 }, { title: '', width: 6 }], facts, { header: false, boldFirst: true }),
    ...(benefits.length ? [subheading(w.benefits), ...bullets(benefits)] : []),
  ];
}

/** Percentage points in the language, kept on one line ("5 pp", "5 pct.-point"). */
function pointsText(number: string, language: Language): string {
  return `${number} ${PROPOSAL_WORDS[language].percentagePoints}`.replace(/ /g, '\u00A0');
}

/**
 * A figure's value in the language, by its unit: money in minor units, percent as a number in percent (5 → 5 %),
 * points as percentage points, months as a duration, ratio as a plain number; null (not reached, cannot be
 * computed) as a dash.
 */
export function figureValue(figure: EconomicsFigure, currency: string, language: Language): string {
  const f = formatters(language, currency);
  const v = figure.value;
  if (v === null || !Number.isFinite(v)) return '–';
  switch (figure.unit) {
    case 'money': return f.money(v);
    case 'count': return f.count(v);
    case 'percent': return f.percent(v);
    case 'points': return pointsText(f.decimal(v), language);
    case 'months': return f.months(v);
    default: return f.decimal(v, 2);
  }
}

function economicsSection(data: ProposalData, w: ProposalWords, brand: string, textWidth: number): (Paragraph | Table)[] {
  const e = data.economics;
  if (!e) return data.program ? [heading(w.economicsHeading), para(w.noEconomics)] : [];
  const language = data.language;
  const f = formatters(language, e.base.currency);
  const a = e.assumptions;
  // no line break inside "+5 p. b."
  const pp = (n: number) => (a.upliftKind === 'retention' ? `+${pointsText(f.decimal(n), language)}` : `+${f.percent(n)}`.replace(/ /g, '\u00A0'));
  const assumptions: Cell[][] = [
    [w.expectedUplift, `${w.upliftKinds[a.upliftKind]}: ${pp(a.upliftPercent)}`],
    [w.redemption, f.percent(a.redemptionPercent)],
    [w.join, f.percent(a.joinPercent)],
    [w.contacts, f.decimal(a.contactsPerMemberPerYear)],
    [w.postage, f.money(a.postagePerContactMinor)],
    [w.fixedCost, f.money(a.fixedCostMinor)],
    [w.grossMargin, f.percent(e.base.grossMarginPercent)],
  ];
  // The figures' `how` comes from the economics module in English (it is built from the numbers there); the
  // names and values are in the proposal's language, and a note says the explanations are in English.
  const figures: Cell[][] = e.figures.map((fig) => {
    // a rise shows its sign ("+35 %"), as the app's retention card does
    const value = `${fig.key === 'retentionPlusFive' && fig.value !== null && fig.value > 0 ? '+' : ''}${figureValue(fig, e.base.currency, language)}`;
    const negative = fig.value !== null && fig.value < 0 && fig.unit === 'money';
    return [{ text: figureName(fig.key, language), bold: fig.key === 'net' }, { text: value, bold: fig.key === 'net', color: negative ? NEGATIVE : undefined }, { text: fig.how, size: 16, color: '444444' }];
  });
  const s = e.sensitivity;
  const sensitivity: (Paragraph | Table)[] = [];
  if (s.uplifts.length > 0 && s.redemptions.length > 0) {
    const columns: Column[] = [{ title: w.sensitivityCorner, width: 1.3 }, ...s.redemptions.map((r) => ({ title: f.percent(r), width: 1, right: true }))];
    const rows: Cell[][] = s.uplifts.map((u, ui) => [
      { text: pp(u) },
      ...s.redemptions.map((r, ri): Cell => {
        const profit = s.profitMinor[ui]?.[ri];
        if (profit === undefined || !Number.isFinite(profit)) return '–';
        const chosen = u === a.upliftPercent && r === a.redemptionPercent;
        return { text: f.money(profit), color: profit < 0 ? NEGATIVE : undefined, bold: chosen, fill: chosen ? 'FCE9B8' : undefined };
      }),
    ]);
    sensitivity.push(subheading(w.sensitivity), para(w.sensitivityIntro, 120, true), table(brand, textWidth, columns, rows, { size: s.redemptions.length > 5 ? 16 : 18 }));
  }
  return [
    heading(w.economicsHeading, true),
    para(w.economicsIntro),
    subheading(w.assumptions),
    table(brand, textWidth * 0.85, [{ title: w.assumptionHead[0], width: 5 }, { title: w.assumptionHead[1], width: 5, right: true }], assumptions),
    subheading(w.figures),
    // the value column holds a whole amount such as "DKK 3,971,121.84" on one line
    table(brand, textWidth, [{ title: w.figureHead[0], width: 3 }, { title: w.figureHead[1], width: 2.6, right: true }, { title: w.figureHead[2], width: 4.6 }], figures),
    ...(w.howInEnglish ? [note(w.howInEnglish)] : []),
    ...sensitivity,
  ];
}

function calendarSection(data: ProposalData, w: ProposalWords, f: Formats, brand: string, textWidth: number): (Paragraph | Table)[] {
  if (data.calendar.length === 0) return [heading(w.calendarHeading, true), para(w.noCalendar)];
  const language = data.language;
  // The engine aggregates by week and step before it gets here; a longer list is cut here all the same.
  const shown = data.calendar.length > MAX_CALENDAR_ROWS ? data.calendar.slice(0, MAX_CALENDAR_ROWS - 1) : data.calendar;
  const hidden = data.calendar.length - shown.length;
  const touches = data.calendar.reduce((s, r) => s + r.touches, 0);
  const cost = data.calendar.reduce((s, r) => s + r.costMinor, 0);
  const rows: Cell[][] = shown.map((r) => [f.date(r.date), r.planName, r.stepName, CHANNEL_WORDS[language][r.channel] ?? r.channel, f.count(r.touches), f.money(r.costMinor)]);
  if (hidden > 0) rows.push([{ text: w.moreRows(f.count(hidden)), color: MUTED }, '', '', '', '', '']);
  const head = w.calendarHead;
  return [
    heading(w.calendarHeading, true),
    para(w.calendarIntro, 120, true),
    table(brand, textWidth, [
      { title: head[0], width: 2.3 }, { title: head[1], width: 2.4 }, { title: head[2], width: 2.6 }, { title: head[3], width: 1.9 },
      { title: head[4], width: 1.5, right: true }, { title: head[5], width: 1.8, right: true },
    ], rows, { size: 17, totalRow: [w.total, '', '', '', f.count(touches), f.money(cost)] }),
  ];
}

function budgetSection(data: ProposalData, w: ProposalWords, f: Formats, brand: string, textWidth: number): (Paragraph | Table)[] {
  const { lines, totalMinor } = data.budget;
  if (lines.length === 0 && totalMinor === 0) return [heading(w.budgetHeading, true), para(w.noBudget)];
  return [
    heading(w.budgetHeading, true),
    table(brand, textWidth * 0.8, [{ title: w.budgetHead[0], width: 7 }, { title: w.budgetHead[1], width: 3, right: true }], lines.map((l) => [l.label, f.money(l.amountMinor)]), { totalRow: [w.total, f.money(totalMinor)] }),
  ];
}

/** The campaign proposal as a docx Document (pack it with packSync). */
export function proposalDocument(data: ProposalData): Document {
  const w = PROPOSAL_WORDS[data.language] ?? PROPOSAL_WORDS.en;
  const f = formatters(data.language, data.base.currency);
  const brand = hex(data.profile.brandColour);
  const page = PAGE_MM[data.profile.paperSize] ?? PAGE_MM.A4;
  const textWidth = page.width - MARGINS.left - MARGINS.right;
  const kpis = bullets(data.kpis);
  const steps = data.nextSteps.map((s) => s.trim()).filter(Boolean);
  const children: (Paragraph | Table)[] = [
    ...cover(data, w, f),
    ...customerBase(data, w, f, brand, textWidth),
    ...segments(data, w, f, brand, textWidth),
    ...programSection(data, w, f, brand, textWidth),
    ...economicsSection(data, w, brand, textWidth),
    ...calendarSection(data, w, f, brand, textWidth),
    ...budgetSection(data, w, f, brand, textWidth),
    ...(kpis.length ? [heading(w.kpisHeading), ...kpis] : []),
    ...(steps.length ? [heading(w.nextStepsHeading), ...steps.map((s) => new Paragraph({ numbering: { reference: STEPS_NUMBERING, level: 0 }, spacing: { after: 80 }, children: [run(s)] }))] : []),
  ];
  if (children[children.length - 1] instanceof Table) children.push(gap());
  return new Document({
    creator: data.agencyName.trim() || data.profile.name,
    title: `${w.title}: ${data.profile.name}`,
    description: w.title,
    styles: {
      default: { document: { run: { font: DOCUMENT_FONT, size: 21 } } },
      paragraphStyles: [
        { id: 'Heading1', name: 'Heading 1', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { font: DOCUMENT_FONT, size: 34, bold: true, color: brand }, paragraph: { spacing: { before: 360, after: 200 }, keepNext: true, keepLines: true } },
        { id: 'Heading2', name: 'Heading 2', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { font: DOCUMENT_FONT, size: 24, bold: true, color: '333333' }, paragraph: { spacing: { before: 240, after: 100 }, keepNext: true, keepLines: true } },
      ],
    },
    numbering: {
      config: [{
        reference: STEPS_NUMBERING,
        levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START, style: { paragraph: { indent: { left: 500, hanging: 360 } } } }],
      }],
    },
    sections: [{
      properties: { ...pageProperties(data.profile.paperSize, false, MARGINS), titlePage: true },
      headers: { default: businessHeader(data.profile), first: new Header({ children: [] }) },
      footers: { default: pageFooter({ page: w.page, of: w.of }, w.title), first: new Footer({ children: [] }) },
      children,
    }],
  });
}
