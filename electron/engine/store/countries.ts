import { foldText } from '../../../shared/logic/match-keys';

/**
 * Countries are stored as ISO codes but shown by name, so a column filter for "Norway" (or "norge", "Česko")
 * must find the customers whose code is NO. This turns a filter's text into the codes it means: every country
 * whose name (in English or the business's language), folded, contains the text, and the code itself.
 */
export function countryCodesMatching(text: string, languages: readonly string[]): string[] {
  const wanted = foldText(text);
  if (wanted === '') return [];
  const codes = new Set<string>();
  if (/^[a-z]{2}$/.test(wanted)) codes.add(wanted.toUpperCase());
  for (const language of new Set(['en', ...languages.filter((l) => /^[a-z]{2,3}$/.test(l))])) {
    for (const [code, name] of foldedNames(language)) if (name.includes(wanted)) codes.add(code);
  }
  return [...codes];
}

const namesByLanguage = new Map<string, Array<[code: string, folded: string]>>();

/** Every current country code with its folded name in one language (old codes such as YU and CS left out). */
function foldedNames(language: string): Array<[string, string]> {
  let names = namesByLanguage.get(language);
  if (names) return names;
  names = [];
  let display: Intl.DisplayNames;
  try {
    display = new Intl.DisplayNames([language], { type: 'region', fallback: 'none' });
  } catch {
    return names;
  }
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      if (Intl.getCanonicalLocales(`und-${code}`)[0] !== `und-${code}`) continue;
      const name = display.of(code);
      if (name && name !== code) names.push([code, foldText(name)]);
    }
  }
  namesByLanguage.set(language, names);
  return names;
}
