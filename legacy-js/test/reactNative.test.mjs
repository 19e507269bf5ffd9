import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Runtime, opsOf, idOf } from './harness.mjs';
import { PROP, OP } from '../src/wire/codes.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const out = path.join(mkdtempSync(path.join(tmpdir(), 'bridge-rn-')), 'rn.js');
execFileSync(path.join(here, '..', '..', 'scripts', 'build-legacy'), [path.join(here, 'rn-fixtures', 'index.tsx'), out], { stdio: 'inherit' });
const source = readFileSync(out, 'utf8');

test('Animated.timing updates the host node each frame without a render and ends on its target', () => {
  const rt = new Runtime(source);
  const ops = opsOf(rt.mount(1, 'fade'), 1);
  const fade = idOf(ops, PROP.testID, 'fade');
  const values = [];
  for (let i = 0; i < 12; i++) {
    rt.time += 16;
    for (const op of opsOf(rt.frame(), 1)) {
      if (op[0] === OP.UpdateProps && op[1] === fade) {
        const props = op[2];
        const at = props.indexOf(PROP.opacity);
        if (at >= 0) values.push(props[at + 1]);
      }
    }
  }
  assert.ok(values.length >= 4, JSON.stringify(values));
  for (let i = 1; i < values.length; i++) assert.ok(values[i] >= values[i - 1], JSON.stringify(values));
  assert.equal(values.at(-1), 1);
});

test('a key with no focused node reaches TV event handlers, and BackHandler consumes back', () => {
  const rt = new Runtime(source);
  const ops = opsOf(rt.mount(3, 'keys'), 3);
  const last = idOf(ops, PROP.testID, 'last');
  const right = rt.frame([[10, 7, 3, 4, 0]]);
  assert.ok(opsOf(right, 3).some((o) => o[0] === OP.UpdateText && o[1] === last && o[2] === 'right'));
  assert.deepEqual(opsOf(right, 0).find((o) => o[0] === OP.KeyHandled), [OP.KeyHandled, 7, false]);
  const back = rt.frame([[10, 8, 3, 6, 0]]);
  assert.deepEqual(opsOf(back, 0).find((o) => o[0] === OP.KeyHandled), [OP.KeyHandled, 8, true]);
});
