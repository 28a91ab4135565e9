import iconv from 'iconv-lite';

/**
 * Turns the bytes of a customer file into text without ever guessing silently: a BOM or valid UTF-8 is
 * certain; otherwise the single-byte code pages Rapport's users meet are tried and scored, and when two stay
 * plausible the preview says so and asks.
 */
export const ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1250', 'windows-1252', 'iso-8859-2'] as const;
export type Encoding = (typeof ENCODINGS)[number];

export interface Decoded {
  text: string;
  encoding: Encoding;
  /** certain: BOM or valid UTF-8; likely: one code page clearly fits; unsure: the user should confirm. */
  confidence: 'certain' | 'likely' | 'unsure';
  /** Other plausible encodings, best first, when not certain. */
  alternatives: Encoding[];
}

const SINGLE_BYTE: readonly Encoding[] = ['windows-1250', 'windows-1252', 'iso-8859-2'];

/** Letters that make a decoding believable, by the languages of the files we meet. */
const CENTRAL_EUROPEAN = 'čćďěňřšťůžđČĆĎĚŇŘŠŤŮŽĐáéíóúýÁÉÍÓÚÝ';
const WESTERN = 'æøåäöüéèêàáíóúñßÆØÅÄÖÜÉÈÀÁÍÓÚÑ';
/** Letters of small alphabets (Slovak ĺ, Polish ł, Hungarian ő) that a wrong code page produces far more often. */
const RARE = 'ĺľŕőűąęłźĹĽŔŐŰĄĘŁŹ';

/** Which family of code pages the business's own language suggests, to break a tie. */
export type EncodingHint = 'central' | 'western' | null;

export function decode(bytes: Uint8Array, forced?: Encoding, hint: EncodingHint = null): Decoded {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (forced) return { text: stripBom(iconv.decode(buffer, forced)), encoding: forced, confidence: 'certain', alternatives: [] };

  if (buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf) return certain(iconv.decode(buffer.subarray(3), 'utf-8'), 'utf-8');
  if (buffer[0] === 0xff && buffer[1] === 0xfe) return certain(iconv.decode(buffer.subarray(2), 'utf-16le'), 'utf-16le');
  if (buffer[0] === 0xfe && buffer[1] === 0xff) return certain(iconv.decode(buffer.subarray(2), 'utf-16be'), 'utf-16be');
  const utf16 = utf16WithoutBom(buffer);
  if (utf16) return { text: iconv.decode(buffer, utf16), encoding: utf16, confidence: 'likely', alternatives: [] };

  try {
    return certain(new TextDecoder('utf-8', { fatal: true }).decode(buffer), 'utf-8');
  } catch {
    // not UTF-8: one of the single-byte code pages
  }

  const scored = SINGLE_BYTE.map((encoding) => {
    const text = iconv.decode(buffer, encoding);
    const prior = hint === null ? 0 : (hint === 'western') === (encoding === 'windows-1252') ? 0.5 : 0;
    return { encoding, text, score: plausibility(text) + prior };
  }).sort((a, b) => b.score - a.score);
  const [best, second] = scored as [(typeof scored)[number], (typeof scored)[number]];
  const alternatives = scored.slice(1).filter((s) => s.score > 0).map((s) => s.encoding);
  const clear = best.score > 0 && best.score >= 2 * Math.max(second.score, 0) && best.text !== second.text;
  const sameText = best.text === second.text;
  return {
    text: best.text,
    encoding: best.encoding,
    confidence: clear || sameText ? 'likely' : 'unsure',
    alternatives: sameText ? [] : alternatives,
  };
}

function certain(text: string, encoding: Encoding): Decoded {
  return { text, encoding, confidence: 'certain', alternatives: [] };
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** UTF-16 without a BOM shows as a zero byte in every other position of ASCII text. */
function utf16WithoutBom(buffer: Buffer): Encoding | null {
  const sample = buffer.subarray(0, Math.min(buffer.length, 4000));
  if (sample.length < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample.length; i++) if (sample[i] === 0) (i % 2 === 0 ? evenZeros++ : oddZeros++);
  const half = sample.length / 2;
  if (oddZeros > half * 0.4 && evenZeros < half * 0.05) return 'utf-16le';
  if (evenZeros > half * 0.4 && oddZeros < half * 0.05) return 'utf-16be';
  return null;
}

/**
 * How believable a decoding is: each letter of a known alphabet counts, and more when it sits between other
 * letters (ř in "Dvořák"); control characters and symbols inside words (the marks of a wrong code page) cost.
 */
function plausibility(text: string): number {
  let score = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const code = ch.charCodeAt(0);
    if (code < 0x80) continue;
    const inWord = isLetter(text[i - 1]) && isLetter(text[i + 1]);
    if (ch === '\uFFFD') score -= 10; // a byte this code page does not define: the wrong one
    else if (RARE.includes(ch)) score -= 2;
    else if (CENTRAL_EUROPEAN.includes(ch) || WESTERN.includes(ch)) score += inWord ? 2 : 1;
    else if (code >= 0x80 && code <= 0x9f) score -= 5; // C1 controls: never in real text
    else if (inWord) score -= 3; // ¤ © ± and the like in the middle of a word
  }
  return score;
}

function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && /\p{L}/u.test(ch);
}
