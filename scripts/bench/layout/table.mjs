// Prints the layout benchmark's table from the JSON lines of both sides (run), after checking that both computed the
// same boxes for every case; a difference fails the run (exit 1) naming the case, the node and both boxes.
import fs from 'fs';
import path from 'path';

const [linesFile, boxesDir] = process.argv.slice(2);
const rows = fs.readFileSync(linesFile, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
const samples = new Map();
for (const r of rows) {
  const key = `${r.case}|${r.measure}|${r.side}`;
  samples.set(key, (samples.get(key) ?? []).concat(r.ms));
}
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const cases = [...new Set(rows.map((r) => r.case))];

let failed = false;
const checked = fs.readdirSync(boxesDir).filter((f) => f.startsWith('bridge-') && f.endsWith('.json')).map((f) => f.slice(7, -5));
if (checked.length === 0) {
  console.error('no boxes to check');
  failed = true;
}
for (const name of checked) {
  const ours = JSON.parse(fs.readFileSync(path.join(boxesDir, `bridge-${name}.json`), 'utf8'));
  const yoga = JSON.parse(fs.readFileSync(path.join(boxesDir, `yoga-${name}.json`), 'utf8'));
  if (ours.length !== yoga.length) {
    console.error(`${name}: Bridge.Layout laid out ${ours.length} nodes, yoga-layout ${yoga.length}`);
    failed = true;
    continue;
  }
  const i = ours.findIndex((box, n) => box.some((v, k) => Math.abs(v - yoga[n][k]) > 1e-3));
  if (i >= 0) {
    console.error(`${name}: node ${i} (depth first) differs: Bridge.Layout [left, top, width, height] = [${ours[i]}], yoga-layout = [${yoga[i]}]`);
    failed = true;
  } else {
    console.log(`${name}: the ${ours.length} boxes agree`);
  }
}

const table = [['case', 'measure', 'Bridge.Layout ms (n)', 'yoga-layout ms (n)', 'yoga / Bridge']];
for (const name of cases) {
  for (const measure of ['full', 'layout', 'relayout']) {
    const a = samples.get(`${name}|${measure}|bridge`);
    const b = samples.get(`${name}|${measure}|yoga`);
    if (!a || !b) continue;
    const ma = median(a), mb = median(b);
    table.push([name, measure, `${ma.toFixed(4)} (${a.length})`, `${mb.toFixed(4)} (${b.length})`, (mb / ma).toFixed(1)]);
  }
}
const widths = table[0].map((_, c) => Math.max(...table.map((row) => row[c].length)));
for (const row of table) console.log(row.map((cell, c) => cell.padEnd(widths[c])).join('  '));
console.log('medians over every sample of every round (n = samples); full = create + layout (+ free on yoga), ' +
  'layout = first layout of a built tree, relayout = after one leaf changes width');
if (failed) {
  console.error('the two engines disagree: the timings above are not comparable');
  process.exit(1);
}
