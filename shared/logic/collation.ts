import { foldText } from './match-keys';

/**
 * The key the grid's name order is sorted by: the name folded (case and accents ignored, as today), except for
 * the letters a business language sorts as letters of their own. Danish and Norwegian put Æ Ø Å after Z (and
 * read "aa" as Å: Aalborg sorts last); Czech puts Č after C, Ch after H, Ř after R, Š after S, Ž after Z; Slovene
 * Č, Š and Ž. SQLite compares text byte by byte, so such a letter becomes its base letter followed by U+007F
 * (above every letter), which places it after every word of that base letter and before the next letter.
 * For plain ASCII names, and for languages without a tailoring, the key is exactly the folded name.
 */
export function sortKey(text: string, language: string): string {
  const tailoring = TAILORINGS.get(language);
  // most names hold none of the language's own letters: they are just folded (the hot path of a large import)
  if (!tailoring || !tailoring.touches.test(text)) return foldText(text);
  let marked = text.normalize('NFC').toLowerCase();
  tailoring.rules.forEach(([letter], index) => {
    marked = marked.split(letter).join(String.fromCharCode(MARK + index));
  });
  let key = foldText(marked);
  tailoring.rules.forEach(([, weight], index) => {
    key = key.split(String.fromCharCode(MARK + index)).join(weight);
  });
  return key;
}

/** Private-use characters stand in for the tailored letters while the rest of the name is folded. */
const MARK = 0xe000;
const AFTER = '\u007f';

type Rules = Array<[letter: string, weight: string]>;

const NORDIC: Rules = [
  ['aa', `z${AFTER}c`], // before "a": the digraph is Å
  ['æ', `z${AFTER}a`],
  ['ä', `z${AFTER}a`],
  ['ø', `z${AFTER}b`],
  ['ö', `z${AFTER}b`],
  ['å', `z${AFTER}c`],
];
const CZECH: Rules = [
  ['ch', `h${AFTER}`],
  ['č', `c${AFTER}`],
  ['ř', `r${AFTER}`],
  ['š', `s${AFTER}`],
  ['ž', `z${AFTER}`],
];
const SLOVENE: Rules = [
  ['č', `c${AFTER}`],
  ['š', `s${AFTER}`],
  ['ž', `z${AFTER}`],
];

/** Per language: its rules, and a test for text they may change (their letters in either case, or decomposed). */
const TAILORINGS = new Map<string, { rules: Rules; touches: RegExp }>([
  ['da', { rules: NORDIC, touches: /aa|[æäøöå]|[ao]\u0308|a\u030a/i }],
  ['nb', { rules: NORDIC, touches: /aa|[æäøöå]|[ao]\u0308|a\u030a/i }],
  ['no', { rules: NORDIC, touches: /aa|[æäøöå]|[ao]\u0308|a\u030a/i }],
  ['nn', { rules: NORDIC, touches: /aa|[æäøöå]|[ao]\u0308|a\u030a/i }],
  ['cs', { rules: CZECH, touches: /ch|[čřšž]|[crsz]\u030c/i }],
  ['sl', { rules: SLOVENE, touches: /[čšž]|[csz]\u030c/i }],
]);
