// Peak and settled memory (RSS) of the browser host while three import previews of a large file run in
// parallel, as in the fault hunt. Needs a build (out/main/host.js). Usage:
//   node scripts/measure-previews.mjs [megabytes=45]
// Prints one JSON line: rss before, peak during, and a few seconds after; and what each preview answered.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

const megabytes = Number(process.argv[2] ?? 45);
const dir = mkdtempSync(join(tmpdir(), 'rapport-previews-'));
const child = spawn(process.execPath, ['out/main/host.js', '--port', '0', '--downloads', join(dir, 'd'), '--data-dir', join(dir, 'data')], {
  stdio: ['ignore', 'pipe', 'inherit'],
  env: { ...process.env, RAPPORT_HOST_TOKEN: '' },
});
const url = await new Promise((resolve) => {
  createInterface({ input: child.stdout }).on('line', (line) => {
    const match = /running at (\S+)/.exec(line);
    if (match) resolve(new URL(match[1]));
  });
});
const token = url.searchParams.get('token');
const rpc = async (channel, payload = {}) => {
  const response = await fetch(`${url.origin}/rpc`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-rapport-token': token }, body: JSON.stringify({ channel, payload }) });
  return response.json();
};
const rssMb = () => Math.round(Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))[1]) / 1024);

await rpc('workspace.create', { profile: { name: 'Measure', kind: 'both', industry: 'Test', country: 'DK', currency: 'DKK', language: 'da' } });
const row = (i) => `Person${i},Tester,person${i}@example.dk,+45 ${20000000 + (i % 70000000)},Street ${i},1000,København,DK`;
const lines = ['First Name,Last Name,Email,Phone,Street,Postal Code,City,Country'];
let size = 0;
for (let i = 0; size < megabytes * 1024 * 1024; i++) {
  const line = row(i);
  lines.push(line);
  size += line.length + 1;
}
const dataBase64 = Buffer.from(lines.join('\n')).toString('base64');
lines.length = 0;
const before = rssMb();
let peak = before;
const sampler = setInterval(() => (peak = Math.max(peak, rssMb())), 100);
const started = Date.now();
const answers = await Promise.all(
  [1, 2, 3].map((n) => rpc('imports.preview', { fileName: `big${n}.csv`, dataBase64 }).then((r) => (r.ok ? `ok (${r.value.counts.created} new)` : r.error.code))),
);
const seconds = (Date.now() - started) / 1000;
await new Promise((resolve) => setTimeout(resolve, 5000));
const settled = rssMb();
clearInterval(sampler);
// closing the workspace lets the last plan go (the one a run right after the preview would have used)
await rpc('workspace.close');
await new Promise((resolve) => setTimeout(resolve, 5000));
const closed = rssMb();
await new Promise((resolve) => setTimeout(resolve, 25000));
const later = rssMb();
console.log(JSON.stringify({ fileMb: megabytes, requestMb: Math.round(dataBase64.length / 1048576), answers, seconds, rssMb: { before, peak, settled5s: settled, closed5s: closed, closed30s: later } }));
child.kill('SIGTERM');
