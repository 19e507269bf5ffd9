// Joins the JSON lines of the C# runner and of alien.mjs into one table: per case the fastest sample and the median
// of every sample (ms per sample, with the sample counts), the first iteration after building the graph (median over
// the rounds, each a fresh process), the ratios C#/alien and the result check (both sides computed the same checked
// result). A case appears once per side per round; every round's result must agree. Exits 1 when a case is missing
// on one side or any result differs.
import { readFileSync } from 'node:fs';

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const [csFile, jsFile] = process.argv.slice(2);
const parse = (file) => {
  const cases = new Map();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.startsWith('{')) continue;
    const r = JSON.parse(line);
    const seen = cases.get(r.case);
    if (!seen) {
      cases.set(r.case, { ...r, firsts: [r.firstMs] });
    } else {
      if (seen.result !== r.result) seen.result = `${seen.result} / ${r.result}`;
      if (r.ms < seen.ms) Object.assign(seen, { ms: r.ms, allocatedBytesPerSample: r.allocatedBytesPerSample });
      seen.samples = seen.samples.concat(r.samples);
      seen.firsts.push(r.firstMs);
    }
  }
  for (const c of cases.values()) {
    c.median = median(c.samples);
    c.first = median(c.firsts);
  }
  return cases;
};
const cs = parse(csFile);
const js = parse(jsFile);

const f = (x) => x.toFixed(3);
const rows = [['case', 'C# fastest', 'alien fastest', 'C#/alien', 'C# median', 'alien median', 'C#/alien', 'samples C#, alien',
  'C# first', 'alien first', 'C#/alien', 'result check', 'C# bytes/sample']];
let failed = false;
let worst = 0;
for (const [name, c] of cs) {
  const j = js.get(name);
  if (!j) {
    rows.push([name, f(c.ms), '-', '-', f(c.median), '-', '-', `${c.samples.length}, -`, f(c.first), '-', '-',
      'MISSING on alien side', String(c.allocatedBytesPerSample)]);
    failed = true;
    continue;
  }
  worst = Math.max(worst, c.ms / j.ms);
  const same = c.result === j.result;
  failed ||= !same;
  rows.push([name, f(c.ms), f(j.ms), (c.ms / j.ms).toFixed(2), f(c.median), f(j.median), (c.median / j.median).toFixed(2),
    `${c.samples.length}, ${j.samples.length}`, f(c.first), f(j.first), (c.first / j.first).toFixed(2),
    same ? `ok (${c.result})` : `MISMATCH C# ${c.result} vs alien ${j.result}`, String(c.allocatedBytesPerSample)]);
}
for (const name of js.keys()) {
  if (!cs.has(name)) {
    const j = js.get(name);
    rows.push([name, '-', f(j.ms), '-', '-', f(j.median), '-', `-, ${j.samples.length}`, '-', f(j.first), '-', 'MISSING on C# side', '-']);
    failed = true;
  }
}

const left = new Set([0, 7, 11]);
const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
const line = (r) => '| ' + r.map((cell, i) => (left.has(i) ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join(' | ') + ' |';
console.log(line(rows[0]));
console.log('|' + widths.map((w, i) => (left.has(i) ? ':' + '-'.repeat(w + 1) : '-'.repeat(w + 1) + ':')).join('|') + '|');
for (const r of rows.slice(1)) console.log(line(r));
const rounds = Math.max(...[...cs.values()].map((c) => c.firsts.length));
console.log(`ms per sample; first = the first iteration on a graph just built, before any warm-up (median of ${rounds} fresh processes)`);
console.log(`worst fastest-sample ratio C#/alien: ${worst.toFixed(2)} (goal <= 1.00); ${failed ? 'RESULT CHECK FAILED' : 'all results agree'}`);
process.exit(failed ? 1 : 0);
