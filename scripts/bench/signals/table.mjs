// Joins the JSON lines of the C# runner and of alien.mjs into one table:
// case, C# ms, alien ms, ratio C#/alien, result check (both sides computed the same checked result).
// A case may appear several times per side (one line per round): the fastest counts, and every round's result
// must agree. Exits 1 when a case is missing on one side or any result differs.
import { readFileSync } from 'node:fs';

const [csFile, jsFile] = process.argv.slice(2);
const parse = (file) => {
  const best = new Map();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.startsWith('{')) continue;
    const r = JSON.parse(line);
    const seen = best.get(r.case);
    if (!seen) {
      best.set(r.case, r);
    } else {
      if (seen.result !== r.result) seen.result = `${seen.result} / ${r.result}`;
      if (r.ms < seen.ms) Object.assign(seen, { ms: r.ms, allocatedBytesPerSample: r.allocatedBytesPerSample });
    }
  }
  return best;
};
const cs = parse(csFile);
const js = parse(jsFile);

const rows = [['case', 'C# ms', 'alien ms', 'C#/alien', 'result check', 'C# bytes/sample']];
let failed = false;
let worst = 0;
for (const [name, c] of cs) {
  const j = js.get(name);
  if (!j) {
    rows.push([name, c.ms.toFixed(3), '-', '-', 'MISSING on alien side', String(c.allocatedBytesPerSample)]);
    failed = true;
    continue;
  }
  const ratio = c.ms / j.ms;
  worst = Math.max(worst, ratio);
  const same = c.result === j.result;
  failed ||= !same;
  rows.push([name, c.ms.toFixed(3), j.ms.toFixed(3), ratio.toFixed(2),
    same ? `ok (${c.result})` : `MISMATCH C# ${c.result} vs alien ${j.result}`, String(c.allocatedBytesPerSample)]);
}
for (const name of js.keys()) {
  if (!cs.has(name)) {
    rows.push([name, '-', js.get(name).ms.toFixed(3), '-', 'MISSING on C# side', '-']);
    failed = true;
  }
}

const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
const line = (r) => '| ' + r.map((cell, i) => (i === 0 || i === 4 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join(' | ') + ' |';
console.log(line(rows[0]));
console.log('|' + widths.map((w, i) => (i === 0 || i === 4 ? ':' + '-'.repeat(w + 1) : '-'.repeat(w + 1) + ':')).join('|') + '|');
for (const r of rows.slice(1)) console.log(line(r));
console.log(`worst ratio C#/alien: ${worst.toFixed(2)} (goal <= 1.00); ${failed ? 'RESULT CHECK FAILED' : 'all results agree'}`);
process.exit(failed ? 1 : 0);
