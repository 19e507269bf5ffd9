// measure / measureInWindow / measureLayout for any committed node: a Measure op in the runtime batch, answered by a
// Measured event once the host has laid the node out (React Native's measure is asynchronous too).

import { OP } from '../wire/codes.js';
import { emit, RUNTIME_ROOT } from '../wire/outbox.js';

let nextRequestId = 1;
const pending = new Map();

/**
 * Asks the host for the layout of `node` (relative to `relativeTo` when given, a node of the same page).
 * `done(box)` receives { x, y, width, height, pageX, pageY }, or null when the node is not on screen.
 */
export function requestMeasure(node, relativeTo, done) {
  if (!node.materialized || node.parent === null || (relativeTo !== null && (!relativeTo.materialized || relativeTo.parent === null))) {
    queueMicrotask(() => done(null));
    return;
  }
  if (relativeTo !== null && relativeTo.root !== node.root) {
    throw new Error('measureLayout: ' + relativeTo.describe() + ' is not on the page of ' + node.describe());
  }
  const id = nextRequestId++;
  pending.set(id, done);
  emit(RUNTIME_ROOT, [OP.Measure, id, node.root.pageRoot, node.id, relativeTo === null ? 0 : relativeTo.id]);
}

/** Settles a Measure request with the host's Measured event [11, requestId, found, x, y, w, h, pageX, pageY]. */
export function settleMeasure(event) {
  const done = pending.get(event[1]);
  if (done === undefined) return;
  pending.delete(event[1]);
  done(event[2] === true
    ? { x: event[3], y: event[4], width: event[5], height: event[6], pageX: event[7], pageY: event[8] }
    : null);
}

/** Number of Measure requests waiting for the host. */
export function pendingMeasureCount() {
  return pending.size;
}
