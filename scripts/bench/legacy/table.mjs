// Prints the legacy benchmark's JSON lines (one per engine) as a table.
import { readFileSync } from 'node:fs';

const rows = readFileSync(process.argv[2], 'utf8').trim().split('\n').map((line) => JSON.parse(line));
const f = (x, d = 2) => x.toFixed(d);
// The p99 is null under 1,000 events: the max stands in, marked as such.
const dist = (d, digits) => `${f(d.Median, digits)} / ${d.P99 === null ? `max ${f(d.Max, digits)}` : f(d.P99, digits)}`;
const table = [
  ['engine', 'create ms', 'bundle load ms', 'first mount JS ms (ops, bytes)', 'warm mount apply µs (Mops/s)', 'JS ms/event (median / p99)',
    'ops/event', 'bytes/event', 'encode µs', 'decode µs', 'apply µs', 'idle pump µs', 'events'],
  ...rows.map((r) => [r.Engine, f(r.EngineCreateMs, 1), f(r.BundleLoadMs, 1),
    `${f(r.MountMs, 1)} (${r.MountOps}, ${r.MountBytes})`, `${f(r.WarmMountApplyUs, 0)} (${f(r.MountOps / r.WarmMountApplyUs, 2)})`, dist(r.JsMs, 3), dist(r.Ops, 0), dist(r.Bytes, 0),
    dist(r.EncodeUs, 2), dist(r.DecodeUs, 2), dist(r.ApplyUs, 2), dist(r.IdlePumpUs, 2), String(r.Events)]),
];
const widths = table[0].map((_, c) => Math.max(...table.map((row) => row[c].length)));
for (const row of table) console.log(row.map((cell, c) => cell.padEnd(widths[c])).join('  '));
console.log('all cells: median / p99 per key event (max, marked, under 1,000 events); apply = validate + apply into UiWorld (no layout or render)');
