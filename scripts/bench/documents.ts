/**
 * Documents bench (BENCH_ONLY=documents): personalised letters laid out and packed to DOCX in process, timed with
 * peak RSS. Until the engine's personalise service is merged, the pieces are synthetic (names with diacritics, a
 * four-paragraph body, a five-line address), so this measures layout + packing, not the merge; the coverage check
 * over 100,000 customers is added with templates.coverage.
 */
import { defaultProfile } from '../../shared/domain/profile';
import { lettersDocument, type LetterPiece } from '../../electron/engine/files/documents/letters';
import { packSync } from '../../electron/engine/files/documents/layout';
import { type RssSampler, mb, round } from './measure';

const FIRST = ['Antonín', 'Jana', 'Søren', 'Åse', 'Živa', 'Mette', 'Tomáš'];
const LAST = ['Dvořák', 'Šťastná', 'Ærø', 'Løvås', 'Kovač', 'Nørgaard', 'Čermák'];

/** `count` letter pieces, repeatable: the i-th always has the same name, address and text. */
export function syntheticLetterPieces(count: number): LetterPiece[] {
  return Array.from({ length: count }, (_, i) => {
    const name = `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]}`;
    return {
      customerId: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      name,
      subject: `Thank you, ${name}`,
      text: [`Dear ${name},`, 'Thank you for your order of Espresso on 3 March 2026.', 'We roast every Tuesday and would love to see you again.', 'Kind regards'].join('\n\n'),
      warnings: [],
      postalAddress: [name, 'Kaffe A/S', `Havnegade ${i % 200}`, '8000 Aarhus', 'Denmark'],
      dateText: '31 March 2026',
    };
  });
}

export const DOCUMENTS_METHOD =
  'lettersDocument + packSync (docx 9.15.2 compiler, fflate zipSync) over synthetic pieces in this process; wall time of one run; peak RSS sampled every 50 ms during the phase. Targets: 1,000 letters < 3 s and < 300 MB.';

export function benchDocuments(options: { rss: RssSampler; progress: (message: string) => void }) {
  const profile = { ...defaultProfile('Nordlys Kafferisteri'), senderAddress: 'Havnegade 4\n8000 Aarhus', signature: 'Anna' };
  const run = (count: number) => {
    const pieces = syntheticLetterPieces(count);
    options.rss.takePhasePeak();
    const started = performance.now();
    const bytes = packSync(lettersDocument(profile, 'Bench', pieces, []));
    const ms = performance.now() - started;
    options.progress(`documents: ${count} letters in ${Math.round(ms)} ms`);
    return { letters: count, ms: round(ms), docx_mb: mb(bytes.byteLength), peak_rss_mb: mb(options.rss.takePhasePeak()) };
  };
  const thousand = run(1_000);
  const tenThousand = run(10_000);
  return {
    letters_1000: { ...thousand, target_ms: 3000, target_rss_mb: 300, within_target: thousand.ms < 3000 && thousand.peak_rss_mb < 300 },
    letters_10000: tenThousand,
  };
}
