import { describe, expect, it } from 'vitest';
import {
  CHART_WIDTH_PX, NO_DATA_WORDS, barColour, niceTicks, render, revenueByMonthPng, revenueByMonthSvg, rfmGroupsPng, rfmGroupsSvg, xml,
} from '../../../../electron/engine/files/documents/charts';
import { imageSize } from '../../../../electron/engine/files/documents/layout';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const isPng = (bytes: Uint8Array) => PNG_SIGNATURE.every((b, i) => bytes[i] === b);
const months = Array.from({ length: 12 }, (_, i) => ({ month: `2026-${String(i + 1).padStart(2, '0')}`, revenueMinor: 4_000_000 + i * 650_000 }));
const groups = [{ label: 'Šampioni', customers: 120 }, { label: 'Věrní', customers: 340 }, { label: 'Ærø & <Søn>', customers: 12 }, { label: 'Spící', customers: 0 }];
const bars = (svg: string) => (svg.match(/<rect [^>]*fill="#1F4E79"/g) ?? []).length;

describe('revenue by month chart', () => {
  it('is a PNG 1200 pixels wide with a bar and a short month name in the language per month', () => {
    const png = revenueByMonthPng(months, 'CZK', 'cs', '#1F4E79');
    expect(isPng(png)).toBe(true);
    expect(imageSize(png)).toEqual({ width: CHART_WIDTH_PX, height: 528 });
    const svg = revenueByMonthSvg(months, 'CZK', 'cs', '#1F4E79');
    expect(bars(svg)).toBe(12);
    for (const month of ['led', 'úno', 'bře', 'čvn', 'říj']) expect(svg).toContain(`>${month}<`);
    expect(svg).toContain('>2026<');
    expect(svg).toContain('>CZK<');
    expect(svg).toContain('>100\u00A0000<'); // axis in whole crowns, grouped the Czech way (a no-break space)
  });

  it('says there is no data (in the language) rather than failing on an empty list', () => {
    const png = revenueByMonthPng([], 'DKK', 'da', '#1F4E79');
    expect(isPng(png)).toBe(true);
    expect(imageSize(png)?.width).toBe(CHART_WIDTH_PX);
    expect(revenueByMonthSvg([], 'DKK', 'da', '#1F4E79')).toContain(NO_DATA_WORDS.da);
    expect(revenueByMonthSvg([], 'EUR', 'sl', '#1F4E79')).toContain('Še ni podatkov');
  });

  it('draws months of zero, odd month strings and at most the last 36 months', () => {
    expect(isPng(revenueByMonthPng([{ month: '2026-01', revenueMinor: 0 }, { month: 'soon', revenueMinor: -5 }], 'EUR', 'sl', '#1F4E79'))).toBe(true);
    const long = Array.from({ length: 100 }, (_, i) => ({ month: `${2000 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`, revenueMinor: 100_000 + i }));
    const svg = revenueByMonthSvg(long, 'GBP', 'en', '#1F4E79');
    expect(bars(svg)).toBe(36);
    expect(svg).not.toContain('>2000<');
  });
});

describe('RFM groups chart', () => {
  it('is a PNG 1200 pixels wide with each group, its count and share, the text escaped', () => {
    const png = rfmGroupsPng(groups, '#B5452B', 'cs');
    expect(isPng(png)).toBe(true);
    expect(imageSize(png)?.width).toBe(CHART_WIDTH_PX);
    const svg = rfmGroupsSvg(groups, '#B5452B', 'cs');
    expect(svg).toContain('>Šampioni<');
    expect(svg).toContain('>Ærø &amp; &lt;Søn&gt;<');
    expect(svg).toContain('>340 (72\u00A0%)<');
    expect(svg).toContain('>0 (0\u00A0%)<');
  });

  it('says there is no data for no groups or nobody in any', () => {
    expect(isPng(rfmGroupsPng([], '#1F4E79'))).toBe(true);
    expect(rfmGroupsSvg([], '#1F4E79')).toContain(NO_DATA_WORDS.en);
    expect(rfmGroupsSvg([{ label: 'Lost', customers: 0 }], '#1F4E79', 'nb')).toContain(NO_DATA_WORDS.nb);
  });
});

describe('chart helpers', () => {
  it('escapes text for XML and drops characters XML cannot hold', () => {
    expect(xml(`<a href="x">Tom & Jerry's</a>\u0007`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;');
    // an SVG with any of them still renders
    expect(isPng(render(`<svg xmlns="http://www.w3.org/2000/svg" width="100" height="20"><text x="0" y="15">${xml('<&>"\' Čeština Ærø')}</text></svg>`))).toBe(true);
  });

  it('makes round axis steps and keeps bars visible for a near-white brand colour', () => {
    expect(niceTicks(9_800)).toEqual([0, 2_000, 4_000, 6_000, 8_000, 10_000]);
    expect(niceTicks(0)).toEqual([0, 1]);
    expect(barColour('#ffffff')).toBe('#1F4E79');
    expect(barColour('#b5452b')).toBe('#B5452B');
  });
});
