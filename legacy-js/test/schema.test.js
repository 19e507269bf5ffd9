// The generated schema is the JS half of the contract: check it loads and agrees with itself.
import test from 'node:test';
import assert from 'node:assert/strict';
import { SCHEMA_VERSION, OP, EVENT, WIDGET, KEY, KEY_NAME, PROP, PROP_INFO } from '../src/generated/schema.js';

test('schema version is a positive integer', () => {
  assert.ok(Number.isInteger(SCHEMA_VERSION) && SCHEMA_VERSION > 0);
});

test('op and event codes are distinct small integers', () => {
  for (const table of [OP, EVENT]) {
    const codes = Object.values(table);
    assert.equal(new Set(codes).size, codes.length);
    for (const c of codes) assert.ok(Number.isInteger(c) && c > 0 && c < 128);
  }
});

test('widgets and keys match the bridge-host contract', () => {
  assert.deepEqual(Object.keys(WIDGET), ['View', 'Text', 'Image']);
  assert.deepEqual(Object.keys(KEY), ['up', 'down', 'left', 'right', 'select', 'back']);
  for (const [name, code] of Object.entries(KEY)) assert.equal(KEY_NAME[code], name);
});

test('every prop code has its info and the info names it back', () => {
  for (const [name, code] of Object.entries(PROP)) {
    assert.equal(PROP_INFO[code].name, name);
  }
  assert.equal(Object.keys(PROP_INFO).length, Object.keys(PROP).length);
});

test('keyword props list their default among their keywords', () => {
  for (const info of Object.values(PROP_INFO)) {
    if (info.kind === 'Keyword') assert.ok(info.keywords.includes(info.default), info.name);
  }
});
