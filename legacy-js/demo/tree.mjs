// Renders one demo page from a built bundle in Node (the harness of legacy-js/test) and prints its tree as
// JSON: {type, testID, focusable, scroll, src, text, children}. Data requests are answered from a JSON file of resource answers, so
// the C# tests can compare the legacy tree with the native page's tree node for node.
//   node legacy-js/demo/tree.mjs BUNDLE.js ANSWERS.json PAGE [PARAMS_JSON]
// ANSWERS.json maps "resource" or "resource:json(params)" to the answer.

import { readFileSync } from 'node:fs';
import { Runtime } from '../test/harness.mjs';

const [bundlePath, answersPath, page, paramsJson] = process.argv.slice(2);
if (!bundlePath || !answersPath || !page) {
  console.error('usage: node tree.mjs BUNDLE.js ANSWERS.json PAGE [PARAMS_JSON]');
  process.exit(2);
}
const answers = JSON.parse(readFileSync(answersPath, 'utf8'));
const runtime = new Runtime(readFileSync(bundlePath, 'utf8'));
const TYPES = { 1: 'view', 2: 'text', 3: 'image' };
// Node props the comparison covers (codes of the generated schema).
const TEST_ID = 128;
const FOCUSABLE = 129;
const SCROLL = 130;
const SRC = 132;
const PAGE_ROOT = 100;

const nodes = new Map([[0, { id: 0, type: 'container', children: [] }]]);
let pending = [];
const errors = [];

function answer(resource, params) {
  const key = resource + ':' + JSON.stringify(params ?? {});
  if (key in answers) return [true, answers[key]];
  if (resource in answers) return [true, answers[resource]];
  return [false, 'no answer for ' + key];
}

function detach(child) {
  for (const n of nodes.values()) {
    const i = n.children.indexOf(child);
    if (i >= 0) n.children.splice(i, 1);
  }
}

function apply(batches) {
  for (const batch of batches) {
    for (const op of batch[4]) {
      switch (op[0]) {
        case 1: nodes.set(op[1], { id: op[1], type: TYPES[op[2]], testID: undefined, text: undefined, children: [] }); break;
        case 2: detach(op[1]); break;
        case 3: {
          const parent = nodes.get(op[1]);
          detach(op[2]);
          const at = op[3] === 0 ? -1 : parent.children.indexOf(op[3]);
          if (at < 0) parent.children.push(op[2]); else parent.children.splice(at, 0, op[2]);
          break;
        }
        case 4: nodes.get(op[1]).children = nodes.get(op[1]).children.filter((c) => c !== op[2]); break;
        case 5: {
          const props = op[2];
          const node = nodes.get(op[1]);
          for (let i = 0; i < props.length; i += 2) {
            const value = props[i + 1] ?? undefined;
            if (props[i] === TEST_ID) node.testID = value;
            else if (props[i] === FOCUSABLE) node.focusable = value;
            else if (props[i] === SCROLL) node.scroll = value;
            else if (props[i] === SRC) node.src = value;
          }
          break;
        }
        case 6: nodes.get(op[1]).text = op[2]; break;
        case 21: {
          const [ok, value] = answer(op[2], op[3]);
          pending.push([6, op[1], ok, value]);
          break;
        }
        case 23: errors.push(op); break;
        default: break;
      }
    }
  }
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

async function frame(events) {
  apply(runtime.frame(events));
  await tick();
  apply(runtime.frame());
}

await frame([[7, PAGE_ROOT, page, paramsJson ? JSON.parse(paramsJson) : {}]]);
for (let i = 0; i < 40; i++) {
  const events = pending;
  pending = [];
  runtime.time += 16;
  await frame(events);
}

function toJson(id) {
  const n = nodes.get(id);
  const out = { type: n.type };
  if (n.testID !== undefined) out.testID = n.testID;
  if (n.focusable === true) out.focusable = true;
  if (n.scroll !== undefined && n.scroll !== 'none') out.scroll = n.scroll;
  if (n.src !== undefined) out.src = n.src;
  if (n.type === 'text') out.text = n.text ?? '';
  if (n.children.length > 0) out.children = n.children.map(toJson);
  return out;
}

if (errors.length > 0) {
  console.error(JSON.stringify(errors));
  process.exit(1);
}
const roots = nodes.get(0).children;
process.stdout.write(JSON.stringify(roots.length === 1 ? toJson(roots[0]) : roots.map(toJson)));
