// Which page's code is running: what the host blames when it has to stop the runtime (a hung handler, render
// or effect, a heap cap). React tells us through the host config when it renders or commits a root; the
// runtime sets it around the input, timers and data answers it dispatches to a page. Passive effects run
// after their root's commit (or are flushed first, under that root, before another page's code starts).

import { safeString } from '../polyfills/console.js';

let active = null;
let lastCommitted = null;
let flushEffects = () => {};

/** The page root object whose code runs now, or null. */
export function activeRoot() {
  return active;
}

/** The id of the page root whose code runs now, 0 when none is known (what the host queries after a stop). */
export function activePageRoot() {
  return active !== null && active !== undefined ? active.pageRoot : 0;
}

/** Sets the page whose code runs from now on; returns the one before, for leavePage. */
export function enterPage(root) {
  const previous = active;
  active = root ?? null;
  return previous;
}

/** Restores the page that ran before enterPage. */
export function leavePage(previous) {
  active = previous ?? null;
}

/** React rendered or is committing `root` (host config). */
export function renderingPage(root) {
  active = root;
}

/** React committed `root`: its passive effects run next, under it. */
export function committedPage(root) {
  active = root;
  lastCommitted = root;
}

/** Gives the function that flushes React's pending passive effects (the reconciler's). */
export function setEffectFlusher(fn) {
  flushEffects = fn;
}

/** Before another page's code starts: effects a commit left pending run first, blamed on their own page. */
export function settleEffects() {
  if (lastCommitted === null) return;
  const previous = active;
  active = lastCommitted;
  try {
    flushEffects();
  } catch (error) {
    // React reports effect errors to boundaries itself; this is React refusing to flush now (mid-render).
    console.warn('bridge-host: pending effects not flushed: ' + safeString(error && error.message ? error.message : error));
  } finally {
    active = previous;
  }
}

/** Forgets a page that was unmounted (its unmount effects still run under it). */
export function forgetPage(root) {
  if (active === root) active = null;
}
