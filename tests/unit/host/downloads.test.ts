import { describe, expect, it } from 'vitest';
import { DOWNLOAD_PATH, DownloadOffers, contentDisposition } from '../../../electron/host/downloads';

describe('DownloadOffers', () => {
  it('gives each file an unguessable id that works once', () => {
    const offers = new DownloadOffers(() => 0);
    const url = offers.offer('/home/eva/Rapport/Shop customers.csv');
    const other = offers.offer('/home/eva/Rapport/Shop customers.csv');
    expect(url).not.toBe(other);
    const id = DOWNLOAD_PATH.exec(url)![1]!;
    expect(offers.take(id)).toEqual({ path: '/home/eva/Rapport/Shop customers.csv', fileName: 'Shop customers.csv' });
    expect(offers.take(id)).toBeNull();
  });

  it('forgets an offer after its lifetime', () => {
    let now = 1_000;
    const offers = new DownloadOffers(() => now, 60_000);
    const id = DOWNLOAD_PATH.exec(offers.offer('/tmp/a.txt'))![1]!;
    now += 60_000;
    expect(offers.take(id)).toBeNull();
  });

  it('knows nothing of ids it did not give out, prototype names included', () => {
    const offers = new DownloadOffers();
    offers.offer('/tmp/a.txt');
    for (const id of ['constructor', '__proto__', 'toString', '0'.repeat(32)]) expect(offers.take(id)).toBeNull();
  });
});

describe('contentDisposition', () => {
  it('keeps the letters in filename* and gives a plain ASCII fallback', () => {
    expect(contentDisposition('Søren Ærø - personal data.txt')).toBe(
      "attachment; filename=\"Sren r - personal data.txt\"; filename*=UTF-8''S%C3%B8ren%20%C3%86r%C3%B8%20-%20personal%20data.txt",
    );
  });

  it('lets no quote, backslash or line break end the header early', () => {
    const header = contentDisposition('a"b\\c\r\nSet-Cookie: x.txt');
    expect(header).not.toMatch(/[\r\n]/);
    expect(header.startsWith('attachment; filename="abcSet-Cookie: x.txt"; filename*=UTF-8\'\'a%22b%5Cc%0D%0ASet-Cookie%3A%20x.txt')).toBe(true);
  });
});
