import { Resvg } from '@resvg/resvg-js';
import { format } from 'date-fns';
import { cs, da, enGB, nb, sl, type Locale } from 'date-fns/locale';
import type { Language } from '../../../../shared/domain/profile';
import { INTL_LOCALES } from '../../../../shared/logic/template/formats';

/**
 * The proposal's charts (issue 11): an SVG drawn from the data, rasterised with resvg to a PNG 1200 pixels wide,
 * so Word and LibreOffice show the same picture. A plain business-report look: one colour (the brand's), light
 * grid lines, grey labels. All text goes through `xml()`; empty data draws a frame saying there is no data yet.
 */

export const CHART_WIDTH_PX = 1200;
/** The SVG's own coordinates; resvg scales them to CHART_WIDTH_PX. */
const W = 1000;
const FONT = "'DejaVu Sans', 'Liberation Sans', Arial, Helvetica, sans-serif";
const INK = '#333333';
const MUTED = '#6B6B6B';
const GRID = '#E3E3E3';
const AXIS = '#9A9A9A';

export const NO_DATA_WORDS: Record<Language, string> = {
  en: 'No data yet',
  da: 'Ingen data endnu',
  nb: 'Ingen data ennå',
  cs: 'Zatím žádná data',
  sl: 'Še ni podatkov',
};

const DATE_LOCALES: Record<Language, Locale> = { en: enGB, da, nb, cs, sl };

/** Text made safe inside an SVG element or attribute. */
export function xml(text: string): string {
  // control characters other than tab and newline are not allowed in XML 1.0 at all
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** A colour the bars can use: the brand's, unless it is not #RRGGBB or so light the bars would vanish on white. */
export function barColour(brandColour: string): string {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(brandColour.trim());
  if (!m) return '#1F4E79';
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => parseInt(h ?? '0', 16) / 255) as [number, number, number];
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return luminance > 0.85 ? '#1F4E79' : `#${m[1]}${m[2]}${m[3]}`.toUpperCase();
}

/** A rough width of a text in DejaVu Sans (wide for a sans): enough to decide what fits and to cut what does not. */
const textWidth = (text: string, size: number): number => text.length * size * 0.62;

function clip(text: string, size: number, maxWidth: number): string {
  if (textWidth(text, size) <= maxWidth) return text;
  const keep = Math.max(1, Math.floor(maxWidth / (size * 0.62)) - 1);
  return `${text.slice(0, keep).trimEnd()}…`;
}

/** An SVG as a PNG CHART_WIDTH_PX wide, on white, with the system's fonts (DejaVu Sans first). */
export function render(svg: string): Uint8Array {
  const png = new Resvg(svg, {
    font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans', sansSerifFamily: 'DejaVu Sans' },
    fitTo: { mode: 'width', value: CHART_WIDTH_PX },
    background: '#FFFFFF',
  }).render().asPng();
  return new Uint8Array(png.buffer, png.byteOffset, png.byteLength);
}

const open = (height: number) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${height}" viewBox="0 0 ${W} ${height}" font-family="${xml(FONT)}"><rect x="0" y="0" width="${W}" height="${height}" fill="#FFFFFF"/>`;

const text = (x: number, y: number, value: string, options: { size?: number; fill?: string; anchor?: 'start' | 'middle' | 'end'; weight?: 'bold' } = {}) =>
  `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" font-size="${options.size ?? 14}" fill="${options.fill ?? INK}" text-anchor="${options.anchor ?? 'start'}"${options.weight ? ` font-weight="${options.weight}"` : ''}>${xml(value)}</text>`;

function noDataSvg(height: number, words: string): string {
  return `${open(height)}<rect x="1" y="1" width="${W - 2}" height="${height - 2}" fill="#FAFAFA" stroke="${GRID}" stroke-width="2"/>${text(W / 2, height / 2 + 8, words, { size: 24, fill: MUTED, anchor: 'middle' })}</svg>`;
}

/** Round axis steps: 1, 2, 2.5 or 5 times a power of ten, about `count` of them up to `max`. */
export function niceTicks(max: number, count = 5): number[] {
  if (!(max > 0) || !Number.isFinite(max)) return [0, 1];
  const rough = max / count;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = ([1, 2, 2.5, 5, 10].find((f) => f * power >= rough) ?? 10) * power;
  const ticks: number[] = [];
  for (let v = 0; v < max + step * 0.999; v += step) ticks.push(Math.round(v * 1e6) / 1e6);
  return ticks;
}

const MONTH = /^(\d{4})-(\d{2})$/;

/**
 * Revenue by month as vertical bars: the y axis in whole units of the currency (its code above the axis), the
 * month's short name under each bar and the year under the first bar and each January, the value above each bar
 * when it fits (in full, or compact). At most the last 36 months are drawn.
 */
export function revenueByMonthPng(months: Array<{ month: string; revenueMinor: number }>, currency: string, language: Language, brandColour: string): Uint8Array {
  return render(revenueByMonthSvg(months, currency, language, brandColour));
}

/** The SVG revenueByMonthPng rasterises. */
export function revenueByMonthSvg(months: Array<{ month: string; revenueMinor: number }>, currency: string, language: Language, brandColour: string): string {
  const height = 440;
  if (months.length === 0) return noDataSvg(240, NO_DATA_WORDS[language] ?? NO_DATA_WORDS.en);
  const data = months.slice(-36).map((m) => ({ month: m.month, value: Number.isFinite(m.revenueMinor) ? Math.max(0, m.revenueMinor) / 100 : 0 }));
  const locale = INTL_LOCALES[language] ?? 'en-GB';
  const axisNumber = new Intl.NumberFormat(locale, { maximumFractionDigits: 0, useGrouping: 'always' } as unknown as Intl.NumberFormatOptions);
  const compact = new Intl.NumberFormat(locale, { notation: 'compact', maximumSignificantDigits: 2 });
  const ticks = niceTicks(Math.max(...data.map((d) => d.value)));
  const top = ticks[ticks.length - 1] ?? 1;
  const tickLabels = ticks.map((t) => axisNumber.format(t));
  const left = Math.max(60, Math.max(...tickLabels.map((l) => textWidth(l, 14))) + 24);
  const right = 16;
  const plotTop = 44;
  const plotBottom = height - 62;
  const plotHeight = plotBottom - plotTop;
  const slot = (W - left - right) / data.length;
  const barWidth = Math.max(2, slot * 0.64);
  const y = (v: number) => plotBottom - (v / top) * plotHeight;
  const colour = barColour(brandColour);
  const parts: string[] = [open(height)];
  parts.push(text(left - 12, 24, currency, { size: 14, fill: MUTED, anchor: 'end', weight: 'bold' }));
  ticks.forEach((t, i) => {
    parts.push(`<line x1="${left}" y1="${y(t).toFixed(1)}" x2="${W - right}" y2="${y(t).toFixed(1)}" stroke="${i === 0 ? AXIS : GRID}" stroke-width="${i === 0 ? 1.5 : 1}"/>`);
    parts.push(text(left - 10, y(t) + 5, tickLabels[i] ?? '', { size: 14, fill: MUTED, anchor: 'end' }));
  });
  const labelEvery = Math.max(1, Math.ceil(data.length / 18));
  // the values above the bars: in full when they fit, else compact ("140k", "1,3 mio."), else none
  const fits = (labels: string[]) => labels.every((l) => textWidth(l, 13) <= slot - 4);
  const full = data.map((d) => axisNumber.format(d.value));
  const short = data.map((d) => compact.format(d.value));
  const valueLabels = fits(full) ? full : short;
  const valuesFit = fits(valueLabels);
  data.forEach((d, i) => {
    const cx = left + slot * i + slot / 2;
    const barTop = y(d.value);
    if (d.value > 0) parts.push(`<rect x="${(cx - barWidth / 2).toFixed(1)}" y="${barTop.toFixed(1)}" width="${barWidth.toFixed(1)}" height="${(plotBottom - barTop).toFixed(1)}" fill="${colour}"/>`);
    if (valuesFit) parts.push(text(cx, barTop - 7, valueLabels[i] ?? '', { size: 13, fill: INK, anchor: 'middle' }));
    const m = MONTH.exec(d.month);
    if (!m) {
      if (i % labelEvery === 0) parts.push(text(cx, plotBottom + 22, d.month, { size: 14, fill: MUTED, anchor: 'middle' }));
      return;
    }
    const date = new Date(Number(m[1]), Number(m[2]) - 1, 1);
    if (i % labelEvery === 0) parts.push(text(cx, plotBottom + 22, format(date, 'LLL', { locale: DATE_LOCALES[language] ?? enGB }).replace(/\.$/, ''), { size: 14, fill: MUTED, anchor: 'middle' }));
    if (i === 0 || m[2] === '01') parts.push(text(cx, plotBottom + 42, m[1] ?? '', { size: 14, fill: INK, anchor: 'middle', weight: 'bold' }));
  });
  parts.push('</svg>');
  return parts.join('');
}

/**
 * Customers by RFM group as horizontal bars, one row per group in the order given (the caller's words for the
 * groups), the number of customers and their share at the end of each bar. Groups with no customers are kept
 * (a zero says something too); none at all, or nobody in any, draws "no data". At most 20 rows.
 */
export function rfmGroupsPng(groups: Array<{ label: string; customers: number }>, brandColour: string, language: Language = 'en'): Uint8Array {
  return render(rfmGroupsSvg(groups, brandColour, language));
}

/** The SVG rfmGroupsPng rasterises. */
export function rfmGroupsSvg(groups: Array<{ label: string; customers: number }>, brandColour: string, language: Language = 'en'): string {
  const rows = groups.slice(0, 20).map((g) => ({ label: g.label.replace(/\s+/g, ' ').trim(), customers: Number.isFinite(g.customers) ? Math.max(0, g.customers) : 0 }));
  const total = rows.reduce((sum, r) => sum + r.customers, 0);
  if (rows.length === 0 || total === 0) return noDataSvg(240, NO_DATA_WORDS[language] ?? NO_DATA_WORDS.en);
  const rowHeight = 40;
  const top = 16;
  const height = top + rows.length * rowHeight + 16;
  const locale = INTL_LOCALES[language] ?? 'en-GB';
  const count = new Intl.NumberFormat(locale, { maximumFractionDigits: 0, useGrouping: 'always' } as unknown as Intl.NumberFormatOptions);
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const labelWidth = Math.min(340, Math.max(...rows.map((r) => textWidth(r.label, 16))) + 8);
  const left = 16 + labelWidth + 12;
  const valueLabels = rows.map((r) => `${count.format(r.customers)} (${percent.format(r.customers / total)})`);
  const valueRoom = Math.max(...valueLabels.map((l) => textWidth(l, 15))) + 20;
  const barMax = W - left - valueRoom - 8;
  const most = Math.max(...rows.map((r) => r.customers));
  const colour = barColour(brandColour);
  const parts: string[] = [open(height)];
  rows.forEach((r, i) => {
    const rowTop = top + i * rowHeight;
    const mid = rowTop + rowHeight / 2;
    const width = (r.customers / most) * barMax;
    if (i % 2 === 1) parts.push(`<rect x="0" y="${rowTop}" width="${W}" height="${rowHeight}" fill="#F6F6F6"/>`);
    parts.push(text(left - 12, mid + 6, clip(r.label, 16, labelWidth), { size: 16, fill: INK, anchor: 'end' }));
    if (width > 0) parts.push(`<rect x="${left}" y="${(mid - 12).toFixed(1)}" width="${Math.max(2, width).toFixed(1)}" height="24" fill="${colour}"/>`);
    parts.push(text(left + width + 10, mid + 5, valueLabels[i] ?? '', { size: 15, fill: MUTED }));
  });
  // the axis line over the zebra stripes
  parts.push(`<line x1="${left}" y1="${top - 4}" x2="${left}" y2="${height - 12}" stroke="${AXIS}" stroke-width="1.5"/>`);
  parts.push('</svg>');
  return parts.join('');
}
