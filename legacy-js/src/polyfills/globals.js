// Installs the global polyfills that libraries capture when they load (the scheduler takes setTimeout,
// setImmediate and performance; @msgpack/msgpack takes TextEncoder/TextDecoder). It imports nothing
// that loads a library, so it runs before all of them.

import { installTimers } from './timers.js';
import { installText } from './text.js';

const g = globalThis;

if (typeof g.performance === 'undefined' || typeof g.performance.now !== 'function') {
  // V8 with ClearScript's AddPerformanceObject flag has a native Performance.now(); Jint has Date only.
  const native = typeof g.Performance !== 'undefined' && typeof g.Performance.now === 'function' ? g.Performance : null;
  const start = Date.now();
  g.performance = native !== null ? { now: () => native.now() } : { now: () => Date.now() - start };
}
installText(g);
installTimers(g);
