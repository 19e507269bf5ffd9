// The one entry point the host calls each frame: bridge.pump(inputLength, frameTimeMs), on the bridge
// object the runtime hands to the host when it loads (connectHost). The host writes event bytes into
// bridge.input, calls pump, and reads the returned number of bytes of op batches from bridge.output
// (-1: nothing ran and nothing to send). Bytes cross the boundary once per direction and pump: V8 hosts
// copy through typed-array views (growInput), Jint hosts share their byte[] as ArrayBuffers (attachInput,
// attachOutput). Page code never sees the bridge: it is no global.

import { dispatchEventBatches } from './events.js';
import { reportPageError } from './errors.js';
import { flushBatches, outputBuffer, attachOutput, outboxCount } from '../wire/outbox.js';
import { liveNodeCount } from '../renderer/nodes.js';
import { mountedPageCount } from './pages.js';
import { pendingDataRequests } from './data.js';
import { beginFrame, drainMicrotasks, nextTimerDue, pendingTimerCount, runDueTimers, runImmediates, runAnimationFrames, setErrorReporter, setPageHooks } from '../polyfills/timers.js';
import { activePageRoot, activeRoot, enterPage, leavePage, settleEffects } from './active.js';

/** Longest a pump keeps running the React scheduler's tasks before it yields to the next frame (ms). */
const TASK_BUDGET_MS = 12;

let input = new Uint8Array(16 * 1024);
const clock = () => performance.now();

setErrorReporter((error) => reportPageError(error, activeRoot(), 'uncaught in a task'));
setPageHooks({ current: activeRoot, enter: enterPage, leave: leavePage, settle: settleEffects });

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

// Set on the global by the copy of bridge-host that connected (a flag, not the bridge: the bridge stays unreachable).
const CONNECTED = Symbol.for('bridge-host.connected');
let detached = false;

/** The version of this host protocol; hosts check it. */
export const PROTOCOL_VERSION = 2;

/**
 * Hands the bridge object, the host's only handle on the runtime, to the host: the host defines a
 * one-shot globalThis.__bridgeConnect before the first bundle runs and deletes it when called, so the
 * bridge is reachable from no global. Returns false when no host asked (a bundle loaded after the first).
 */
export function connectHost(g) {
  if (typeof g.__bridgeConnect !== 'function') {
    // A later bundle with its own copy of bridge-host: the host talks to the first copy only, so pages this copy
    // registers would never be found (registerPage refuses them, saying why).
    detached = g[CONNECTED] === true;
    return false;
  }
  const bridge = {
    protocol: PROTOCOL_VERSION,
    // Every Key event is answered with KeyHandled: the host may hold keys for the verdict.
    answersKeys: true,
    pump,
    growInput,
    attachInput,
    attachOutput,
    // The page root whose code ran last (0: none known): what the host blames when it stops the runtime.
    activePageRoot,
    // The frame time the next timer is due at (-1: none): until then a frame tick has nothing to run.
    nextTimerDue,
    // What the runtime holds (soaks check it returns to where it started).
    stats: () => ({ pages: mountedPageCount(), nodes: liveNodeCount(), outboxes: outboxCount(), timers: pendingTimerCount(),
      requests: pendingDataRequests() }),
    get input() { return input; },
    get output() { return outputBuffer(); },
  };
  g[CONNECTED] = true;
  g.__bridgeConnect(Object.freeze(bridge));
  return true;
}

/** True in a copy of bridge-host that a bundle after the connected one carries: the host does not see its pages. */
export function isDetachedCopy() {
  return detached;
}
