import vm from 'node:vm';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildFixtures, buildEntry, Runtime, opsOf, idOf } from './harness.mjs';
import { PROP, OP } from '../src/wire/codes.js';

const source = buildFixtures();

test('mount emits a complete tree and MountRoot last', () => {
  const rt = new Runtime(source);
  const batches = rt.mount(5, 'hooks', { start: 1 });
  const ops = opsOf(batches, 5);
  assert.equal(ops[0][0], OP.CreateNode);
  assert.deepEqual(ops.at(-1), [OP.MountRoot, 5, 'hooks']);
  const label = idOf(ops, PROP.testID, 'label');
  assert.ok(ops.some((o) => o[0] === OP.UpdateText && o[1] === label && o[2] === 'dark:1:2'));
});

test('key event updates text and lists the event as cause', () => {
  const rt = new Runtime(source);
  const ops = opsOf(rt.mount(1, 'hooks'), 1);
  const root = idOf(ops, PROP.testID, 'root');
  const label = idOf(ops, PROP.testID, 'label');
  const batches = rt.key(root, 4);
  const page = batches.find((b) => b[1] === 1);
  assert.deepEqual(page[3], [1]);
  assert.ok(page[4].some((o) => o[0] === OP.UpdateText && o[1] === label && o[2] === 'dark:1:2'));
});

test('keyed reverse moves nodes instead of recreating them', () => {
  const rt = new Runtime(source);
  const ops = opsOf(rt.mount(1, 'list'), 1);
  const list = idOf(ops, PROP.testID, 'list');
  const moved = opsOf(rt.key(list, 4), 1);
  assert.ok(moved.length > 0);
  assert.ok(moved.every((o) => o[0] === OP.InsertChild), JSON.stringify(moved));
});

test('timers fire on the frame tick that reaches them', () => {
  const rt = new Runtime(source);
  const ops = opsOf(rt.mount(1, 'timer'), 1);
  const timer = idOf(ops, PROP.testID, 'timer');
  rt.time = 50;
  assert.equal(opsOf(rt.frame(), 1).length, 0);
  rt.time = 120;
  assert.deepEqual(opsOf(rt.frame(), 1), [[OP.UpdateText, timer, 'fired']]);
});

test('handlers of the latest render are called even when the wire props did not change', () => {
  const rt = new Runtime(source);
  const ops = opsOf(rt.mount(1, 'closure'), 1);
  const view = idOf(ops, PROP.testID, 'closure');
  const count = idOf(ops, PROP.testID, 'count');
  rt.key(view, 4);
  rt.key(view, 4);
  assert.deepEqual(opsOf(rt.key(view, 4), 1), [[OP.UpdateText, count, '3']]);
});

test('every key event is answered with its onKey verdict in the runtime batch', () => {
  const rt = new Runtime(source);
  const ops = opsOf(rt.mount(1, 'list'), 1);
  const item = idOf(ops, PROP.testID, 'item-a');
  const consumed = rt.nextEventId;
  assert.deepEqual(opsOf(rt.key(item, 4), 0), [[OP.KeyHandled, consumed, true]]);
  const bubbledPast = rt.nextEventId;
  assert.deepEqual(opsOf(rt.key(item, 1), 0), [[OP.KeyHandled, bubbledPast, false]]);
  const unknownTarget = rt.nextEventId;
  assert.deepEqual(opsOf(rt.key(99999, 4), 0), [[OP.KeyHandled, unknownTarget, false]]);
});

test('the bridge reaches the host through the one-shot handshake and no global', () => {
  const rt = new Runtime(source);
  assert.equal(rt.bridge.protocol, 2);
  assert.equal(rt.bridge.answersKeys, true);
  assert.equal(vm.runInContext('typeof __bridge + " " + typeof __bridgeConnect', rt.context), 'undefined undefined');
  assert.equal(rt.bridge.activePageRoot(), 0);
});

test('a later bundle with its own copy of bridge-host cannot register pages the host would never find', () => {
  const rt = new Runtime(source);
  const entry = path.join(mkdtempSync(path.join(tmpdir(), 'bridge-second-')), 'second.jsx');
  writeFileSync(entry, "import React from 'react';\nimport { View, registerPage } from 'bridge-host';\n"
    + "registerPage('second', () => <View testID=\"second\" />);\n");
  assert.throws(() => vm.runInContext(buildEntry(entry), rt.context),
    /registerPage\("second"\): this bundle has its own copy of bridge-host .* build every page into one bundle/);
  // The first bundle's copy still serves its pages.
  assert.notEqual(idOf(opsOf(rt.mount(1, 'list'), 1), PROP.testID, 'item-a'), undefined);
});

test('logging a value nested too deep to serialize prints a summary instead of recursing', async () => {
  const { safeString } = await import('../src/polyfills/console.js');
  let o = {};
  let a = [];
  for (let i = 0; i < 100000; i++) { o = { a: o }; a = [a]; }
  assert.equal(safeString(o), '[Object, nested too deep to print]');
  assert.equal(safeString(a), '[Array(1), nested too deep to print]');
  assert.equal(safeString({ x: [1, 2] }), '{"x":[1,2]}');
  assert.equal(safeString(null), 'null');
});

test('mounting and unmounting pages leaves the runtime holding what it held before', () => {
  const rt = new Runtime(source);
  rt.mount(1, 'list');
  const before = rt.bridge.stats();
  for (let root = 2; root < 40; root++) {
    rt.mount(root, 'list');
    rt.frame([[8, root]]);
  }
  assert.deepEqual(rt.bridge.stats(), before);
  assert.equal(before.pages, 1);
  assert.equal(before.outboxes, 1);
});
