// The js-reactivity-benchmark shapes (cellx, kairo) on alien-signals, the fastest peer of Bridge.Reactive.
// Prints one JSON line per case: {"case", "ms" (fastest sample), "firstMs" (the first iteration on the graph just
// built, before any warm-up), "samples" (every measured sample), "result"}. SignalsBench/Cases.cs mirrors
// every case line for line; run both through ./run, which prints the comparison table.
import { signal, computed, effect, startBatch, endBatch } from 'alien-signals';

const WARMUP = Number(process.env.BENCH_WARMUP ?? 10);
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 100);
// Warm-up and measurement also last at least this long (the same rule as SignalsBench/Program.cs).
const WARMUP_MS = Number(process.env.BENCH_WARMUP_MS ?? 1000);
const MEASURE_MS = Number(process.env.BENCH_MEASURE_MS ?? 2000);

function check(ok, what, value = '') {
  if (!ok) throw new Error(`check failed: ${what} ${value}`);
}

function batch(fn) {
  startBatch();
  try { fn(); } finally { endBatch(); }
}

function busy() {
  let a = 0;
  for (let i = 0; i < 100; i++) a++;
  return a;
}

// cellx N: 4 sources, N layers of 4 memos each with an effect; one iteration = one round trip:
// batch write 4,3,2,1; read the last layer; batch write 1,2,3,4; read the last layer.
function cellx(layers) {
  const start = [signal(1), signal(2), signal(3), signal(4)];
  let layer = start;
  for (let i = layers; i > 0; i--) {
    const m = layer;
    const s = [
      computed(() => m[1]()),
      computed(() => m[0]() - m[2]()),
      computed(() => m[1]() + m[3]()),
      computed(() => m[2]()),
    ];
    for (const c of s) effect(() => { c(); });
    layer = s;
  }
  const end = layer;
  // Checks compare numbers directly: no strings or arrays allocated inside the timed loop (as in C#).
  const expect = (a, b, c, d, what) => {
    if (end[0]() !== a || end[1]() !== b || end[2]() !== c || end[3]() !== d) {
      throw new Error(`check failed: cellx${layers} ${what} = ${[end[0](), end[1](), end[2](), end[3]()]}`);
    }
    return a + b + c + d;
  };
  expect(-3, -6, -2, 2, 'before');
  return () => {
    startBatch();
    start[0](4); start[1](3); start[2](2); start[3](1);
    endBatch();
    const after = expect(-2, -4, 2, 3, 'after');
    startBatch();
    start[0](1); start[1](2); start[2](3); start[3](4);
    endBatch();
    return after + expect(-3, -6, -2, 2, 'back');
  };
}

function avoidable() {
  const head = signal(0);
  const c1 = computed(() => head());
  const c2 = computed(() => (c1(), 0));
  const c3 = computed(() => (busy(), c2() + 1));
  const c4 = computed(() => c3() + 2);
  const c5 = computed(() => c4() + 3);
  let runs = 0;
  effect(() => { c5(); busy(); runs++; });
  return () => {
    runs = 0;
    head(1);
    check(c5() === 6, 'avoidable c5');
    for (let i = 0; i < 1000; i++) {
      head(i);
      check(c5() === 6, 'avoidable c5 loop');
    }
    return c5() * 1000 + runs;
  };
}

function broad() {
  const head = signal(0);
  let last = head;
  let runs = 0;
  for (let i = 0; i < 50; i++) {
    const current = computed(() => head() + i);
    const current2 = computed(() => current() + 1);
    effect(() => { current2(); runs++; });
    last = current2;
  }
  return () => {
    head(1);
    runs = 0;
    let sum = 0;
    for (let i = 0; i < 50; i++) {
      head(i);
      const v = last();
      check(v === i + 50, 'broad last');
      sum += v;
    }
    check(runs === 50 * 50, 'broad runs', runs);
    return sum * 10000 + runs;
  };
}

function deep() {
  const len = 50;
  const head = signal(0);
  let current = head;
  for (let i = 0; i < len; i++) {
    const c = current;
    current = computed(() => c() + 1);
  }
  const tail = current;
  let runs = 0;
  effect(() => { tail(); runs++; });
  return () => {
    head(1);
    runs = 0;
    let sum = 0;
    for (let i = 0; i < 50; i++) {
      head(i);
      const v = tail();
      check(v === len + i, 'deep tail');
      sum += v;
    }
    check(runs === 50, 'deep runs', runs);
    return sum * 10000 + runs;
  };
}

function diamond() {
  const width = 5;
  const head = signal(0);
  const current = [];
  for (let i = 0; i < width; i++) current.push(computed(() => head() + 1));
  const sum = computed(() => {
    let s = 0;
    for (const x of current) s += x();
    return s;
  });
  let runs = 0;
  effect(() => { sum(); runs++; });
  return () => {
    head(1);
    check(sum() === 2 * width, 'diamond first');
    runs = 0;
    let total = 0;
    for (let i = 0; i < 500; i++) {
      head(i);
      const v = sum();
      check(v === (i + 1) * width, 'diamond sum');
      total += v;
    }
    check(runs === 500, 'diamond runs', runs);
    return total * 1000 + runs;
  };
}

function mux() {
  const heads = Array.from({ length: 100 }, () => signal(0));
  const record = computed(() => heads.map((h) => h()));
  const split = heads
    .map((_, index) => computed(() => record()[index]))
    .map((x) => computed(() => x() + 1));
  for (const x of split) effect(() => { x(); });
  return () => {
    let sum = 0;
    for (let i = 0; i < 10; i++) {
      batch(() => { heads[i](i); });
      const v = split[i]();
      check(v === i + 1, 'mux first');
      sum += v;
    }
    for (let i = 0; i < 10; i++) {
      batch(() => { heads[i](i * 2); });
      const v = split[i]();
      check(v === i * 2 + 1, 'mux second');
      sum += v;
    }
    return sum;
  };
}

function repeated() {
  const size = 30;
  const head = signal(0);
  const current = computed(() => {
    let result = 0;
    for (let i = 0; i < size; i++) result += head();
    return result;
  });
  let runs = 0;
  effect(() => { current(); runs++; });
  return () => {
    head(1);
    check(current() === size, 'repeated first');
    runs = 0;
    let sum = 0;
    for (let i = 0; i < 100; i++) {
      head(i);
      const v = current();
      check(v === i * size, 'repeated value');
      sum += v;
    }
    check(runs === 100, 'repeated runs', runs);
    return sum * 1000 + runs;
  };
}

function triangle() {
  const width = 10;
  const head = signal(0);
  let current = head;
  const list = [];
  for (let i = 0; i < width; i++) {
    const c = current;
    list.push(current);
    current = computed(() => c() + 1);
  }
  const sum = computed(() => {
    let s = 0;
    for (const x of list) s += x();
    return s;
  });
  let runs = 0;
  effect(() => { sum(); runs++; });
  const constant = (width * (width + 1)) / 2;
  return () => {
    head(1);
    check(sum() === constant, 'triangle first');
    runs = 0;
    let total = 0;
    for (let i = 0; i < 100; i++) {
      head(i);
      const v = sum();
      check(v === constant - width + i * width, 'triangle sum');
      total += v;
    }
    check(runs === 100, 'triangle runs', runs);
    return total * 1000 + runs;
  };
}

function unstable() {
  const head = signal(0);
  const double = computed(() => head() * 2);
  const inverse = computed(() => -head());
  const current = computed(() => {
    let result = 0;
    for (let i = 0; i < 20; i++) result += head() % 2 ? double() : inverse();
    return result;
  });
  let runs = 0;
  effect(() => { current(); runs++; });
  return () => {
    head(1);
    check(current() === 40, 'unstable first');
    runs = 0;
    let sum = 0;
    for (let i = 0; i < 100; i++) {
      head(i);
      const v = current();
      check(v === (i % 2 ? i * 40 : i * -20), 'unstable value');
      sum += v;
    }
    check(runs === 100, 'unstable runs', runs);
    return sum * 1000 + runs;
  };
}

// name, builder, iterations of iter() per sample (short samples: their minimum survives a busy machine)
const cases = [
  ['cellx1000', () => cellx(1000), 1],
  ['cellx2500', () => cellx(2500), 1],
  ['avoidable', avoidable, 5],
  ['broad', broad, 20],
  ['deep', deep, 40],
  ['diamond', diamond, 10],
  ['mux', mux, 40],
  ['repeated', repeated, 50],
  ['triangle', triangle, 25],
  ['unstable', unstable, 40],
];

const only = process.argv[2];
for (const [name, build, reps] of cases) {
  if (only && only !== name) continue;
  const iter = build();
  // The first iteration on the graph just built, in this fresh process: what a page's first update costs.
  const f0 = process.hrtime.bigint();
  let result = iter();
  const firstMs = Number(process.hrtime.bigint() - f0) / 1e6;
  let best = Infinity;
  const samples = [];
  let phaseStart = performance.now();
  let measuring = false;
  for (let s = 0; ; s++) {
    if (!measuring && s >= WARMUP && performance.now() - phaseStart >= WARMUP_MS) {
      measuring = true;
      s = 0;
      phaseStart = performance.now();
    } else if (measuring && s >= SAMPLES && performance.now() - phaseStart >= MEASURE_MS) {
      break;
    }
    const t0 = process.hrtime.bigint();
    for (let r = 0; r < reps; r++) result = iter();
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    if (measuring) {
      samples.push(ms);
      if (ms < best) best = ms;
    }
  }
  console.log(JSON.stringify({ case: name, ms: best, firstMs, samples, result: String(result) }));
}
