// Timers, immediates and microtasks for engines that have no event loop (V8 via ClearScript, Jint).
// The host drives them: every pump runs the timers due at the frame time it passes, then the
// immediates (the React scheduler's macrotasks) until idle, draining microtasks after each callback.

let frameTime = 0;
let nextTimerId = 1;
/** Timers ordered by due time then id; small enough that a sorted array beats a heap here. */
const timers = [];
const timersById = new Map();
let immediates = [];
let microtasks = [];
let reportError = (error) => { throw error; };
// Which page a callback belongs to (see runtime/active.js); set by the runtime, no-ops until then.
let pageHooks = { current: () => null, enter: () => null, leave: () => {}, settle: () => {} };

/** Lets timers and microtasks run under the page that scheduled them (runtime/active.js). */
export function setPageHooks(hooks) {
  pageHooks = hooks;
}

/** Sets the callback that receives errors thrown by timers, immediates and microtasks. */
export function setErrorReporter(fn) {
  reportError = fn;
}

/** Returns the frame time (ms, host clock) of the current pump. */
export function getFrameTime() {
  return frameTime;
}

function insertTimer(timer) {
  let i = timers.length;
  while (i > 0 && timers[i - 1].due > timer.due) i--;
  timers.splice(i, 0, timer);
}

function addTimer(callback, delay, args, repeat) {
  if (typeof callback !== 'function') {
    throw new TypeError('setTimeout/setInterval: callback must be a function, got ' + typeof callback);
  }
  const ms = Math.max(0, Number(delay) || 0);
  const timer = { id: nextTimerId++, due: frameTime + ms, callback, args, repeat: repeat ? Math.max(1, ms) : 0,
    page: pageHooks.current() };
  timersById.set(timer.id, timer);
  insertTimer(timer);
  return timer.id;
}

function clearTimer(id) {
  const timer = timersById.get(id);
  if (timer === undefined) return;
  timersById.delete(id);
  const i = timers.indexOf(timer);
  if (i >= 0) timers.splice(i, 1);
}

function invoke(fn, args, page) {
  // Effects a commit left pending run first, under their own page; then a page's timer runs under its page and
  // the scheduler's tasks (immediates) under none, until React says which root it renders.
  pageHooks.settle();
  const previous = pageHooks.enter(page ?? null);
  try {
    if (args === undefined || args.length === 0) fn(); else fn(...args);
  } catch (error) {
    reportError(error);
  } finally {
    pageHooks.leave(previous);
  }
  drainMicrotasks();
}

/** Runs queued microtasks (queueMicrotask and the reconciler's scheduleMicrotask) until none is left. */
export function drainMicrotasks() {
  while (microtasks.length > 0) {
    const batch = microtasks;
    microtasks = [];
    for (let i = 0; i < batch.length; i++) {
      const previous = pageHooks.enter(batch[i].page);
      try {
        batch[i].fn();
      } catch (error) {
        reportError(error);
      } finally {
        pageHooks.leave(previous);
      }
    }
  }
}

/** Starts a frame: timers set from now on are due relative to `now` (host frame clock, ms). */
export function beginFrame(now) {
  if (now > frameTime) frameTime = now;
}

/** Runs timers due at the frame time, in due order; returns how many ran. */
export function runDueTimers() {
  const now = frameTime;
  let ran = 0;
  while (timers.length > 0 && timers[0].due <= now) {
    const timer = timers.shift();
    if (timer.repeat > 0) {
      timer.due = Math.max(timer.due + timer.repeat, now);
      if (timer.due <= now) timer.due = now + timer.repeat;
      insertTimer(timer);
    } else {
      timersById.delete(timer.id);
    }
    invoke(timer.callback, timer.args, timer.page);
    ran++;
  }
  return ran;
}

/** Runs immediates until none is left or `deadline` (performance.now ms) passes; returns how many ran. */
export function runImmediates(deadline, clock) {
  let ran = 0;
  while (immediates.length > 0) {
    const batch = immediates;
    immediates = [];
    for (let i = 0; i < batch.length; i++) {
      const entry = batch[i];
      if (entry.cancelled) continue;
      immediatesById.delete(entry.id);
      invoke(entry.callback, entry.args);
      ran++;
      if (clock() > deadline) {
        immediates = batch.slice(i + 1).concat(immediates);
        return ran;
      }
    }
  }
  return ran;
}

/** True when a timer is due at `now` or an immediate or microtask waits. */
export function hasPendingWork(now) {
  return microtasks.length > 0 || immediates.length > 0 || (timers.length > 0 && timers[0].due <= now);
}

/** The frame time the earliest timer is due at, or -1 when no timer waits (what lets the host skip idle frames). */
export function nextTimerDue() {
  return timers.length > 0 ? timers[0].due : -1;
}

/** Number of timers waiting (due or not). */
export function pendingTimerCount() {
  return timers.length;
}

export function queueMicrotaskPolyfill(callback) {
  if (typeof callback !== 'function') {
    throw new TypeError('queueMicrotask: callback must be a function, got ' + typeof callback);
  }
  microtasks.push({ fn: callback, page: pageHooks.current() });
}

let nextImmediateId = 1;
const immediatesById = new Map();

function setImmediatePolyfill(callback, ...args) {
  const entry = { id: nextImmediateId++, callback, args, cancelled: false };
  immediatesById.set(entry.id, entry);
  immediates.push(entry);
  return entry.id;
}

function clearImmediatePolyfill(id) {
  const entry = immediatesById.get(id);
  if (entry !== undefined) {
    entry.cancelled = true;
    immediatesById.delete(id);
  }
}

/** A MessageChannel whose messages are delivered as immediates (what the scheduler expects in a browser). */
class MessageChannelPolyfill {
  constructor() {
    const makePort = () => ({ onmessage: null, other: null, postMessage(data) {
      const target = this.other;
      setImmediatePolyfill(() => { if (typeof target.onmessage === 'function') target.onmessage({ data }); });
    }, close() {} });
    this.port1 = makePort();
    this.port2 = makePort();
    this.port1.other = this.port2;
    this.port2.other = this.port1;
  }
}

let animationFrames = [];
let nextFrameId = 1;
let lastAnimationFrame = -1;

function requestAnimationFramePolyfill(callback) {
  if (typeof callback !== 'function') {
    throw new TypeError('requestAnimationFrame: callback must be a function, got ' + typeof callback);
  }
  const id = nextFrameId++;
  animationFrames.push({ id, callback });
  return id;
}

function cancelAnimationFramePolyfill(id) {
  const i = animationFrames.findIndex((f) => f.id === id);
  if (i >= 0) animationFrames.splice(i, 1);
}

/**
 * Runs the requestAnimationFrame callbacks once per host frame, with the frame time; callbacks they request wait for
 * the next frame. Returns how many ran.
 */
export function runAnimationFrames() {
  if (animationFrames.length === 0 || frameTime <= lastAnimationFrame) return 0;
  lastAnimationFrame = frameTime;
  const batch = animationFrames;
  animationFrames = [];
  for (let i = 0; i < batch.length; i++) invoke(batch[i].callback, [frameTime]);
  return batch.length;
}

/** Installs the timer globals; must run before React and the scheduler load. */
export function installTimers(g) {
  g.setTimeout = (cb, ms, ...args) => addTimer(cb, ms, args, false);
  g.setInterval = (cb, ms, ...args) => addTimer(cb, ms, args, true);
  g.clearTimeout = clearTimer;
  g.clearInterval = clearTimer;
  g.setImmediate = setImmediatePolyfill;
  g.clearImmediate = clearImmediatePolyfill;
  g.queueMicrotask = queueMicrotaskPolyfill;
  g.requestAnimationFrame = requestAnimationFramePolyfill;
  g.cancelAnimationFrame = cancelAnimationFramePolyfill;
  if (typeof g.MessageChannel === 'undefined') g.MessageChannel = MessageChannelPolyfill;
}
