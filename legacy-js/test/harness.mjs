// Runs a built bundle in a fresh V8 context of Node, the way the .NET host does: no Node globals, a one-shot
// __bridgeConnect that receives the bridge, events written into bridge.input, op batches read from bridge.output.

import vm from 'node:vm';
import { execFileSync } from 'node:child_process';
import { readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { encode, decodeMulti } from '@msgpack/msgpack';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '..', '..');

/** Builds the test fixtures bundle once and returns its source. */
export function buildFixtures() {
  return buildEntry(path.join(repo, 'tests', 'Bridge.Legacy.Tests', 'fixtures', 'index.jsx'));
}

/** Builds one entry file with scripts/build-legacy and returns the bundle's source. */
export function buildEntry(entry) {
  const out = path.join(mkdtempSync(path.join(tmpdir(), 'bridge-host-')), path.basename(entry).replace(/\.[jt]sx?$/, '.js'));
  execFileSync(path.join(repo, 'scripts', 'build-legacy'), [entry, out], { stdio: 'inherit' });
  return readFileSync(out, 'utf8');
}

/** A runtime loaded in its own context with a frame clock the test controls. */
export class Runtime {
  constructor(source) {
    this.context = vm.createContext({});
    let bridge = null;
    vm.runInContext(`(() => { const receive = __hostReceive; Object.defineProperty(globalThis, '__bridgeConnect',
      { configurable: true, value: (b) => { delete globalThis.__bridgeConnect; receive(b); } }); })();`,
      Object.assign(this.context, { __hostReceive: (b) => { bridge = b; } }));
    delete this.context.__hostReceive;
    vm.runInContext(source, this.context);
    this.bridge = bridge;
    this.time = 0;
    this.nextEventId = 1;
  }

  /** Sends event arrays (or none) and returns the decoded op batches of this frame. */
  frame(events = []) {
    let length = 0;
    if (events.length > 0) {
      const bytes = encode([1, events]);
      const input = this.bridge.growInput(bytes.length);
      input.set(bytes);
      length = bytes.length;
    }
    const batches = [];
    let n = this.bridge.pump(length, this.time);
    for (let i = 0; i < 8 && n >= 0; i++) {
      if (n > 0) batches.push(...decodeMulti(this.bridge.output.slice(0, n)));
      n = this.bridge.pump(0, this.time);
    }
    return batches;
  }

  mount(pageRoot, name, params = {}) {
    return this.frame([[7, pageRoot, name, params]]);
  }

  key(target, keyCode) {
    return this.frame([[1, this.nextEventId++, target, keyCode, this.time]]);
  }
}

/** Every op of the batches for one page root. */
export function opsOf(batches, pageRoot) {
  return batches.filter((b) => b[1] === pageRoot).flatMap((b) => b[4]);
}

/** Node id of the CreateNode whose props carry this testID (prop code given). */
export function idOf(ops, testIdCode, testID) {
  for (const op of ops) {
    if (op[0] === 5) {
      const props = op[2];
      for (let i = 0; i < props.length; i += 2) if (props[i] === testIdCode && props[i + 1] === testID) return op[1];
    }
  }
  return undefined;
}
