import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decode } from '../../../electron/engine/import/decode';

const czech = 'Jméno;Příjmení;Město\nJiří;Dvořák;Plzeň\nŽaneta;Šťastná;Brno\n';
const danish = 'Fornavn;Efternavn;By\nSøren;Ærø;Århus\nBjørn;Løkke;København\n';
const norwegian = 'Fornavn,Etternavn\nØystein,Sæther\nÅse,Bjørnstad\n';

describe('decode', () => {
  it('is certain about UTF-8 with and without a BOM, and UTF-16 with a BOM', () => {
    expect(decode(Buffer.from(`\uFEFF${czech}`, 'utf8'))).toMatchObject({ text: czech, encoding: 'utf-8', confidence: 'certain' });
    expect(decode(Buffer.from(danish, 'utf8'))).toMatchObject({ text: danish, encoding: 'utf-8', confidence: 'certain' });
    expect(decode(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(norwegian, 'utf16le')]))).toMatchObject({ text: norwegian, encoding: 'utf-16le', confidence: 'certain' });
  });

  it('recognises UTF-16 without a BOM', () => {
    expect(decode(Buffer.from(norwegian, 'utf16le'))).toMatchObject({ text: norwegian, encoding: 'utf-16le' });
  });

  it('reads Windows-1250 Czech and Windows-1252 Danish and Norwegian with the right letters', () => {
    expect(decode(iconv.encode(czech, 'windows-1250'), undefined, 'central')).toMatchObject({ text: czech, encoding: 'windows-1250' });
    expect(decode(iconv.encode(danish, 'windows-1252'), undefined, 'western')).toMatchObject({ text: danish, encoding: 'windows-1252' });
    expect(decode(iconv.encode(norwegian, 'windows-1252'))).toMatchObject({ text: norwegian, encoding: 'windows-1252' });
    expect(decode(iconv.encode(czech, 'iso-8859-2'))).toMatchObject({ text: czech, encoding: 'iso-8859-2' });
  });

  it('never reads a non-UTF-8 file as UTF-8, and says when it is unsure', () => {
    const bytes = iconv.encode(danish, 'windows-1252');
    const result = decode(bytes);
    expect(result.encoding).not.toBe('utf-8');
    expect(result.text).not.toContain('\uFFFD');
    if (result.confidence === 'unsure') expect(result.alternatives.length).toBeGreaterThan(0);
  });

  it('uses the encoding the user chose', () => {
    expect(decode(iconv.encode(czech, 'windows-1250'), 'windows-1250')).toMatchObject({ text: czech, confidence: 'certain' });
  });
});
