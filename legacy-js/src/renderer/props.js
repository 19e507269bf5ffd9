// Props of a host node as the wire sees them: style (objects or nested arrays, React Native style)
// flattened together with node props into one map of known keys; unknown style keys dropped with one
// warning per key and page; handlers reduced to `true`.

import { PROP, NODE_PROPS, HANDLER_PROPS, STYLE_KEYS } from '../wire/codes.js';
import { safeString } from '../polyfills/console.js';

const styleKeySet = new Set(STYLE_KEYS);

/** The unknown-style-key callback of a page root: one warning per key and page. */
export function warnerFor(root) {
  return (key) => {
    if (root.warnedStyleKeys.has(key)) return;
    root.warnedStyleKeys.add(key);
    console.warn('bridge-host: unknown style key "' + key + '" dropped on page "' + root.pageName + '"');
  };
}

function flattenStyleInto(style, out) {
  if (style === null || style === undefined || style === false) return;
  if (Array.isArray(style)) {
    for (let i = 0; i < style.length; i++) flattenStyleInto(style[i], out);
    return;
  }
  if (typeof style !== 'object') {
    throw new TypeError('style must be an object or an array of objects, got ' + typeof style);
  }
  for (const key in style) out[key] = style[key];
}

/** Flattens `transform: [{ scale: 1.1 }, { translateX: 10 }]` into ["scale", 1.1, "translateX", 10]. */
function flattenTransform(transform, describe) {
  if (transform === null || transform === undefined) return null;
  if (!Array.isArray(transform)) {
    throw new TypeError('style.transform of ' + describe() + ' must be an array of { name: value }, got '
      + safeString(transform));
  }
  const flat = [];
  for (let i = 0; i < transform.length; i++) {
    const entry = transform[i];
    if (entry === null || typeof entry !== 'object') {
      throw new TypeError('style.transform[' + i + '] of ' + describe() + ' must be an object, got '
        + safeString(entry));
    }
    for (const name in entry) flat.push(name, entry[name]);
  }
  return flat;
}

/**
 * Computes the wire props of a node: a plain object from prop code to value (never undefined).
 * `warnUnknown(key)` is called for every style key the schema does not know.
 */
export function toWireProps(type, props, warnUnknown, describe) {
  const wire = new Map();
  const style = {};
  flattenStyleInto(props.style, style);
  for (const key in style) {
    const code = PROP[key];
    const value = style[key];
    if (code === undefined || !styleKeySet.has(key)) {
      warnUnknown(key);
      continue;
    }
    if (value === undefined) continue;
    wire.set(code, key === 'transform' ? flattenTransform(value, describe) : value);
  }
  for (let i = 0; i < NODE_PROPS.length; i++) {
    const key = NODE_PROPS[i];
    const value = props[key];
    if (value !== undefined && value !== null && value !== false) wire.set(PROP[key], value);
  }
  if (type !== 'Image') wire.delete(PROP.src);
  for (let i = 0; i < HANDLER_PROPS.length; i++) {
    const key = HANDLER_PROPS[i];
    if (typeof props[key] === 'function') wire.set(PROP[key], true);
  }
  return wire;
}

function sameValue(a, b) {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b) && a.length === b.length) {
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
    return true;
  }
  return false;
}

/** Returns the flat [key, value, ...] list of changed keys (nil = unset), or null when nothing changed. */
export function diffWireProps(oldWire, newWire) {
  let changes = null;
  for (const [code, value] of newWire) {
    if (!oldWire.has(code) || !sameValue(oldWire.get(code), value)) {
      (changes ??= []).push(code, value);
    }
  }
  for (const code of oldWire.keys()) {
    if (!newWire.has(code)) (changes ??= []).push(code, null);
  }
  return changes;
}

/** Returns every prop of a new node as a flat [key, value, ...] list, or null when it has none. */
export function initialWireProps(wire) {
  if (wire.size === 0) return null;
  const list = [];
  for (const [code, value] of wire) list.push(code, value);
  return list;
}
