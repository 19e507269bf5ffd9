// Layout benchmark, the peer's side: the trees of Yoga's own benchmark (benchmark/YGBenchmark.c) on yoga-layout 3.2.1
// (Yoga's C++ compiled to wasm, as the npm package ships it), built exactly as ../Program.cs builds them for this engine.
// Run by scripts/bench/layout/run, which alternates this process with the C# one and prints the table.
// Usage: node bench.mjs [--boxes DIR] [CASE...]; one JSON line per case and measure with every sample (ms), the same
// measures as the C# side (full = create + layout + free, layout = layout of a tree built beforehand, relayout).
import Yoga, {Direction, FlexDirection, MeasureMode} from 'yoga-layout';
import fs from 'fs';
import path from 'path';

const args = process.argv.slice(2);
let boxesDir = null;
const only = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--boxes') boxesDir = args[++i];
  else only.push(args[i]);
}
const minSamples = +(process.env.BENCH_SAMPLES ?? 20);
const minMs = +(process.env.BENCH_MEASURE_MS ?? 1000);

// YGBenchmark.c's measure function, as written there (its height is the width when the width is given).
const measure = (width, widthMode, height, heightMode) => ({
  width: widthMode === MeasureMode.Undefined ? 10 : width,
  height: heightMode === MeasureMode.Undefined ? 10 : width,
});

function stack() {
  const root = Yoga.Node.create();
  root.setWidth(100);
  root.setHeight(100);
  for (let i = 0; i < 10; i++) {
    const child = Yoga.Node.create();
    child.setMeasureFunc(measure);
    child.setFlex(1);
    root.insertChild(child, 0);
  }
  return root;
}

function alignStretch() {
  const root = Yoga.Node.create();
  for (let i = 0; i < 10; i++) {
    const child = Yoga.Node.create();
    child.setHeight(20);
    child.setMeasureFunc(measure);
    root.insertChild(child, 0);
  }
  return root;
}

function nested() {
  const root = Yoga.Node.create();
  for (let i = 0; i < 10; i++) {
    const child = Yoga.Node.create();
    child.setFlex(1);
    root.insertChild(child, 0);
    for (let j = 0; j < 10; j++) {
      const grandChild = Yoga.Node.create();
      grandChild.setMeasureFunc(measure);
      grandChild.setFlex(1);
      child.insertChild(grandChild, 0);
    }
  }
  return root;
}

function fill(parent, level) {
  for (let i = 0; i < 10; i++) {
    const child = Yoga.Node.create();
    if (level % 2 === 0) child.setFlexDirection(FlexDirection.Row);
    child.setFlexGrow(1);
    child.setWidth(10);
    child.setHeight(10);
    parent.insertChild(child, 0);
    if (level < 4) fill(child, level + 1);
  }
}

function hugeNested() {
  const root = Yoga.Node.create();
  fill(root, 1);
  return root;
}

const cases = [['stack', stack], ['align-stretch', alignStretch], ['nested', nested], ['huge-nested', hugeNested]];
const layout = (root) => root.calculateLayout(undefined, undefined, Direction.LTR);

function boxes(root) {
  const out = [];
  const walk = (node) => {
    const l = node.getComputedLayout();
    out.push([l.left, l.top, l.width, l.height]);
    for (let i = 0; i < node.getChildCount(); i++) walk(node.getChild(i));
  };
  walk(root);
  return out;
}

function sample(setup, once, samplesWanted = minSamples, ms = minMs) {
  const warm = performance.now();
  for (let i = 0; i < 5 || performance.now() - warm < ms / 4; i++) {
    setup?.();
    once();
  }
  const samples = [];
  const start = performance.now();
  while (samples.length < samplesWanted || (performance.now() - start < ms && samples.length < 1000)) {
    setup?.();
    const t = performance.now();
    once();
    samples.push(performance.now() - t);
  }
  return samples;
}

const print = (name, measureName, ms) => console.log(JSON.stringify({side: 'yoga', case: name, measure: measureName, ms}));

// Every case runs for a while before any is measured, so that the first one measured is not still on cold code.
for (const [name, build] of cases) {
  if (only.length > 0 && !only.includes(name)) continue;
  sample(null, () => { const root = build(); layout(root); root.freeRecursive(); }, 1, minMs / 4);
}

for (const [name, build] of cases) {
  if (only.length > 0 && !only.includes(name)) continue;
  if (boxesDir) {
    const root = build();
    layout(root);
    fs.writeFileSync(path.join(boxesDir, `yoga-${name}.json`), JSON.stringify(boxes(root)));
    root.freeRecursive();
  }
  print(name, 'full', sample(null, () => {
    const root = build();
    layout(root);
    root.freeRecursive();
  }));
  let pending = null;
  print(name, 'layout', sample(() => { pending?.freeRecursive(); pending = build(); }, () => layout(pending)));
  pending.freeRecursive();
  if (name === 'huge-nested') {
    const root = build();
    layout(root);
    const leaf = root.getChild(3).getChild(5).getChild(7).getChild(1);
    if (boxesDir) {
      leaf.setWidth(20);
      layout(root);
      fs.writeFileSync(path.join(boxesDir, 'yoga-huge-nested-relayout.json'), JSON.stringify(boxes(root)));
    }
    let w = 10;
    print(name, 'relayout', sample(() => { w = w === 10 ? 20 : 10; }, () => { leaf.setWidth(w); layout(root); }, minSamples * 10));
    root.freeRecursive();
  }
}
