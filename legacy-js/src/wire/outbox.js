// Per-frame op batches: every page root collects its ops during a pump, and the pump ends by encoding
// one MessagePack batch per root that has ops: [schemaVersion, pageRoot, revision, causedBy, ops].
// Page root 0 is the runtime's own batch: control ops not tied to a page (navigate, data requests, logs).

import { Encoder } from '@msgpack/msgpack';
import { SCHEMA_VERSION } from './codes.js';

/** Page root of the runtime batch that carries control ops not tied to a page. */
export const RUNTIME_ROOT = 0;

const encoder = new Encoder({ ignoreUndefined: false, initialBufferSize: 4096 });

/** Ops waiting for the end of the pump, for one page root. */
export class RootOutbox {
  constructor(pageRoot) {
    this.pageRoot = pageRoot;
    this.revision = 0;
    this.ops = [];
    this.causedBy = [];
    this.retired = false;
  }

  /** Appends one op (an array starting with its code). */
  push(op) {
    this.ops.push(op);
  }

  /** Records an event id that ran a handler of this root during the pump. */
  addCause(eventId) {
    if (this.causedBy.indexOf(eventId) < 0) this.causedBy.push(eventId);
  }
}

const roots = new Map();
const dirty = [];
let output = new Uint8Array(64 * 1024);
let outputLength = 0;

/** Returns the outbox of a page root, creating it on first use. */
export function outboxFor(pageRoot) {
  let box = roots.get(pageRoot);
  if (box === undefined) {
    box = new RootOutbox(pageRoot);
    roots.set(pageRoot, box);
  }
  return box;
}

/** Appends an op to a root's batch of this pump. */
export function emit(pageRoot, op) {
  const box = outboxFor(pageRoot);
  if (box.ops.length === 0) dirty.push(box);
  box.ops.push(op);
}

/** Forgets a page root's outbox once its last batch is out (the page unmounted): every mount uses a new root id. */
export function retireOutbox(pageRoot) {
  const box = roots.get(pageRoot);
  if (box === undefined) return;
  if (box.ops.length === 0) roots.delete(pageRoot);
  else box.retired = true;
}

/** Number of page roots with an outbox (live pages, and unmounted ones whose last batch is not out yet). */
export function outboxCount() {
  return roots.size;
}

/** Returns the reusable output buffer the host reads batches from. */
export function outputBuffer() {
  return output;
}

/**
 * Makes a host-owned buffer (ArrayBuffer or Uint8Array) the output buffer, keeping the bytes of the last
 * flush; Jint hosts share their byte[] with JS this way, so reading output needs no copy.
 */
export function attachOutput(buffer) {
  const view = buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer);
  if (view.length < outputLength) {
    throw new RangeError('attachOutput: buffer of ' + view.length + ' bytes cannot hold the ' + outputLength
      + ' bytes waiting');
  }
  view.set(output.subarray(0, outputLength));
  output = view;
}

/**
 * Encodes one batch per dirty root into the output buffer, back to back, and returns the byte length.
 * Roots whose events caused no op send nothing: their causes are dropped.
 */
export function flushBatches() {
  let length = 0;
  for (let i = 0; i < dirty.length; i++) {
    const box = dirty[i];
    box.revision++;
    const bytes = encoder.encodeSharedRef([SCHEMA_VERSION, box.pageRoot, box.revision, box.causedBy, box.ops]);
    if (length + bytes.length > output.length) {
      let size = output.length * 2;
      while (size < length + bytes.length) size *= 2;
      const grown = new Uint8Array(size);
      grown.set(output.subarray(0, length));
      output = grown;
    }
    output.set(bytes, length);
    length += bytes.length;
    box.ops = [];
    box.causedBy = [];
    if (box.retired) roots.delete(box.pageRoot);
  }
  dirty.length = 0;
  for (const box of roots.values()) box.causedBy.length = 0;
  outputLength = length;
  return length;
}
