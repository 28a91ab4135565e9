import { describe, expect, it } from 'vitest';
import { DEMO_GIFTS } from '../../../electron/engine/demo/gifts';
import { STARTER_TEMPLATES } from '../../../resources/templates';
import { GIFT_OCCASIONS, GiftInputSchema } from '../../../shared/domain/gift';
import { LANGUAGES } from '../../../shared/domain/profile';
import { MERGE_FIELDS, TemplateInputSchema } from '../../../shared/domain/template';

const KEYS = [
  'thanks-first-purchase', 'thanks-large-order', 'anniversary', 'birthday', 'win-back',
  'referral-thanks', 'b2b-client-news', 'gift-note', 'survey-request', 'account-review-call',
];
const FORMATS = new Set(['date', 'money', 'number']);

/** Every `{{…}}` tag in a text, in order; fails on a `{{` that is not closed or a `{{` inside a tag. */
function tags(text: string): string[] {
  const found: string[] = [];
  let at = 0;
  for (;;) {
    const start = text.indexOf('{{', at);
    if (start < 0) return found;
    const end = text.indexOf('}}', start + 2);
    if (end < 0) throw new Error(`unclosed {{ at ${start}`);
    const inner = text.slice(start + 2, end);
    if (inner.includes('{{')) throw new Error(`a tag inside a tag at ${start}: ${inner}`);
    found.push(inner.trim());
    at = end + 2;
  }
}

/** The problems of one text: unknown fields or formats, fallbacks not quoted, unbalanced conditions. */
function problems(text: string): string[] {
  const out: string[] = [];
  const open: string[] = [];
  for (const tag of tags(text)) {
    const block = /^([#/])(if|unless)\s*(\S*)$/.exec(tag);
    if (block) {
      const [, sign, word, field] = block;
      if (sign === '#') {
        if (!(field! in MERGE_FIELDS)) out.push(`unknown field in condition: ${field}`);
        open.push(word!);
      } else if (open.pop() !== word) out.push(`{{/${word}}} closes nothing`);
      continue;
    }
    if (tag === 'else') {
      if (open.length === 0) out.push('{{else}} outside a condition');
      continue;
    }
    const [field, ...pipes] = tag.split('|').map((p) => p.trim());
    if (!(field! in MERGE_FIELDS)) out.push(`unknown field: ${field}`);
    pipes.forEach((p, i) => {
      const quoted = /^"[^"]*"$/.test(p);
      if (quoted && i !== pipes.length - 1) out.push(`fallback not last in ${tag}`);
      if (!quoted && !FORMATS.has(p)) out.push(`unknown format ${p} in ${tag}`);
    });
  }
  if (open.length > 0) out.push(`unclosed condition: ${open.join(', ')}`);
  return out;
}

describe('the checker itself', () => {
  it('finds what is wrong', () => {
    expect(problems('{{nickname}}')).toEqual(['unknown field: nickname']);
    expect(problems('{{#if isB2B}}x')).toEqual(['unclosed condition: if']);
    expect(problems('x{{/if}}')).toEqual(['{{/if}} closes nothing']);
    expect(problems('{{totalSpent | euros}}')).toEqual(['unknown format euros in totalSpent | euros']);
    expect(problems('{{firstName | "a" | date}}')).toEqual(['fallback not last in firstName | "a" | date']);
    expect(() => problems('{{salutation | "Dear {{firstName}}"}}')).toThrow(/inside a tag/);
    expect(() => problems('Dear {{firstName')).toThrow(/unclosed/);
    expect(problems('{{#if isB2B}}a{{else}}b{{/if}} {{ firstName | "friend" }}')).toEqual([]);
  });
});

describe('starter templates', () => {
  it('are the ten starters, each key once', () => {
    expect(STARTER_TEMPLATES.map((t) => t.key).sort()).toEqual([...KEYS].sort());
  });

  for (const starter of STARTER_TEMPLATES) {
    describe(starter.key, () => {
      it('has a name and a version in every language, and passes the template input schema', () => {
        for (const language of LANGUAGES) {
          expect(starter.name[language]?.trim(), `${language} name`).toBeTruthy();
          expect(starter.versions[language]?.body.trim(), `${language} body`).toBeTruthy();
          const parsed = TemplateInputSchema.safeParse({ name: starter.name[language], kind: starter.kind, occasion: starter.occasion, versions: starter.versions });
          expect(parsed.success, `${language}: ${parsed.error?.message}`).toBe(true);
        }
        expect(Object.keys(starter.versions).sort()).toEqual([...LANGUAGES].sort());
      });

      it('has an occasion from the gift occasions, or none', () => {
        expect(['', ...GIFT_OCCASIONS]).toContain(starter.occasion);
      });

      it('uses only known merge fields and formats, with balanced conditions', () => {
        for (const language of LANGUAGES) {
          const { subject, body } = starter.versions[language];
          expect(problems(body), `${language} body`).toEqual([]);
          expect(problems(subject), `${language} subject`).toEqual([]);
        }
      });

      if (starter.kind === 'letter' || starter.kind === 'email') {
        it('has a subject in every language', () => {
          for (const language of LANGUAGES) expect(starter.versions[language].subject.trim(), language).toBeTruthy();
        });
      }
      if (starter.kind === 'letter') {
        it('ends with the signature', () => {
          for (const language of LANGUAGES) {
            const last = starter.versions[language].body.split('\n\n').at(-1)!;
            expect(last, language).toContain('{{signature}}');
          }
        });
      }
      if (starter.kind === 'callScript') {
        it('is talking points, each line starting with "- "', () => {
          for (const language of LANGUAGES) {
            for (const line of starter.versions[language].body.split('\n')) expect(line, language).toMatch(/^- \S/);
          }
        });
      }

      it('never guesses a Czech or Slovenian vocative from the first name', () => {
        for (const language of ['cs', 'sl'] as const) {
          const first = starter.versions[language].body.split('\n')[0]!;
          expect(first, language).not.toContain('firstName');
        }
      });
    });
  }
});

describe('demo gifts', () => {
  it('are 8 to 10 valid gifts with distinct names, costs in øre and known occasions', () => {
    expect(DEMO_GIFTS.length).toBeGreaterThanOrEqual(8);
    expect(DEMO_GIFTS.length).toBeLessThanOrEqual(10);
    expect(new Set(DEMO_GIFTS.map((g) => g.name)).size).toBe(DEMO_GIFTS.length);
    for (const gift of DEMO_GIFTS) {
      const parsed = GiftInputSchema.safeParse(gift);
      expect(parsed.success, `${gift.name}: ${parsed.error?.message}`).toBe(true);
      expect(gift.unitCostMinor, gift.name).toBeGreaterThan(0);
      expect(gift.supplier?.trim(), gift.name).toBeTruthy();
      expect(gift.occasions?.length, gift.name).toBeGreaterThan(0);
    }
  });
});
