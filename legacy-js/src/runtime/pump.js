// The one entry point the host calls each frame: globalThis.__bridge.pump(inputLength, frameTimeMs).
// The host writes event bytes into __bridge.input, calls pump, and reads the returned number of bytes
// of op batches from __bridge.output (-1: nothing ran and nothing to send). Bytes cross the boundary
// once per direction and pump: V8 hosts copy through typed-array views (growInput), Jint hosts share
// their byte[] as ArrayBuffers (attachInput, attachOutput).

import { dispatchEventBatches } from './events.js';
import { reportPageError } from './errors.js';
import { flushBatches, outputBuffer, attachOutput } from '../wire/outbox.js';
import { beginFrame, drainMicrotasks, runDueTimers, runImmediates, runAnimationFrames, setErrorReporter } from '../polyfills/timers.js';

/** Longest a pump keeps running the React scheduler's tasks before it yields to the next frame (ms). */
const TASK_BUDGET_MS = 12;

let input = new Uint8Array(16 * 1024);
const clock = () => performance.now();

setErrorReporter((error) => reportPageError(error, null, 'uncaught in a task'));

function pump(inputLength, frameTimeMs) {
  let worked = false;
  beginFrame(frameTimeMs);
  try {
    if (inputLength > 0) {
      dispatchEventBatches(input.subarray(0, inputLength));
      worked = true;
    }
    if (runDueTimers() > 0) worked = true;
    if (runAnimationFrames() > 0) worked = true;
    if (runImmediates(clock() + TASK_BUDGET_MS, clock) > 0) worked = true;
    drainMicrotasks();
  } catch (error) {
    reportPageError(error, null, 'pump');
  }
  const length = flushBatches();
  return length === 0 && !worked ? -1 : length;
}

/** Replaces the input buffer with one of at least `size` bytes and returns it. */
function growInput(size) {
  if (size > input.length) {
    let length = input.length;
    while (length < size) length *= 2;
    input = new Uint8Array(length);
  }
  return input;
}

/** Makes a host-owned buffer (ArrayBuffer or Uint8Array) the input buffer. */
function attachInput(buffer) {
  input = buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer);
}

/** Installs globalThis.__bridge, the host's only handle on the runtime. */
export function installPump(g) {
  const bridge = {
    pump,
    growInput,
    attachInput,
    attachOutput,
    get input() { return input; },
    get output() { return outputBuffer(); },
  };
  Object.defineProperty(g, '__bridge', { value: Object.freeze(bridge), writable: false, configurable: false });
}
