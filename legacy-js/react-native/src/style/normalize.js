// React Native styles to bridge-host styles: arrays flattened, transforms limited to what the host draws (translate,
// scale, rotate), colours React Native accepts but the host does not (hsl, numbers) converted, and values the host
// would reject dropped with one warning each (React Native ignores a bad style value; a rejected batch would fault
// the page). Keys the host does not know (shadows, elevation, cursor…) pass through: bridge-host drops them with one
// warning per key and page.

import { PROP, PROP_INFO } from '../../../src/generated/schema.js';
import { warnOnce } from '../warn.js';

const TRANSFORMS = new Set(['scale', 'scaleX', 'scaleY', 'translateX', 'translateY', 'rotate']);

/** Flattens a style (object, nested arrays, falsy entries) into one new object; undefined for none. */
export function flattenStyle(style) {
  if (style === null || style === undefined || style === false || style === true) return undefined;
  if (!Array.isArray(style)) return typeof style === 'object' ? Object.assign({}, style) : undefined;
  const out = {};
  for (let i = 0; i < style.length; i++) {
    const flat = flattenStyle(style[i]);
    if (flat !== undefined) Object.assign(out, flat);
  }
  return out;
}

function hslToRgba(text) {
  const m = /^hsla?\(\s*([-\d.]+)(?:deg)?[\s,]+([\d.]+)%[\s,]+([\d.]+)%(?:[\s,/]+([\d.]+%?))?\s*\)$/i.exec(text);
  if (m === null) return null;
  const h = (((Number(m[1]) % 360) + 360) % 360) / 360;
  const s = Number(m[2]) / 100;
  const l = Number(m[3]) / 100;
  const a = m[4] === undefined ? 1 : m[4].endsWith('%') ? Number(m[4].slice(0, -1)) / 100 : Number(m[4]);
  const q = l < 0.5 ? l * (1 + s) : l + s - l * s;
  const p = 2 * l - q;
  const channel = (t) => {
    if (t < 0) t += 1;
    if (t > 1) t -= 1;
    const v = t < 1 / 6 ? p + (q - p) * 6 * t : t < 1 / 2 ? q : t < 2 / 3 ? p + (q - p) * (2 / 3 - t) * 6 : p;
    return Math.round(v * 255);
  };
  return 'rgba(' + channel(h + 1 / 3) + ',' + channel(h) + ',' + channel(h - 1 / 3) + ',' + a + ')';
}

/** A colour the host parses, or undefined (with a warning) when the value is not a colour. */
export function normalizeColor(value, key) {
  if (typeof value === 'number' && Number.isFinite(value)) {
    // processColor's 0xAARRGGBB
    const n = value >>> 0;
    return 'rgba(' + ((n >>> 16) & 255) + ',' + ((n >>> 8) & 255) + ',' + (n & 255) + ',' + ((n >>> 24) & 255) / 255 + ')';
  }
  if (typeof value !== 'string') {
    warnOnce('style ' + key + ': ' + JSON.stringify(value) + ' is not a colour; dropped');
    return undefined;
  }
  if (/^hsla?\(/i.test(value)) {
    const rgba = hslToRgba(value);
    if (rgba === null) warnOnce('style ' + key + ': ' + value + ' is not a colour; dropped');
    return rgba ?? undefined;
  }
  return value;
}

function normalizeTransform(transform) {
  if (!Array.isArray(transform)) {
    warnOnce('style transform: ' + JSON.stringify(transform) + ' is not an array of { name: value } (string transforms are not supported); dropped');
    return undefined;
  }
  const out = [];
  for (const entry of transform) {
    if (entry === null || typeof entry !== 'object') continue;
    for (const name in entry) {
      let op = name;
      const value = entry[name];
      if (op === 'rotateZ') op = 'rotate';
      if (!TRANSFORMS.has(op)) {
        warnOnce('transform ' + name + ' is not drawn here (only translate, scale and rotate); dropped');
        continue;
      }
      if (op === 'rotate') {
        const angle = typeof value === 'number' ? value + 'rad' : value;
        if (typeof angle === 'string' && /^\s*-?[\d.]+(e-?\d+)?\s*(deg|rad)\s*$/.test(angle)) out.push({ rotate: angle.trim() });
        else warnOnce('transform rotate: ' + JSON.stringify(value) + ' is not an angle; dropped');
      } else if (typeof value === 'number' && Number.isFinite(value)) {
        out.push({ [op]: value });
      } else {
        warnOnce('transform ' + name + ': ' + JSON.stringify(value) + ' is not a finite number; dropped');
      }
    }
  }
  return out;
}

function validLength(value, info) {
  if (typeof value === 'number') return Number.isFinite(value);
  if (typeof value !== 'string') return false;
  if (value === 'auto') return info.auto;
  if (value.endsWith('%')) return info.percent && Number.isFinite(Number(value.slice(0, -1)));
  return false;
}

function validValue(key, value, info) {
  switch (info.kind) {
    case 'Keyword': return info.keywords.includes(value);
    case 'Number': return typeof value === 'number' && Number.isFinite(value) && (key !== 'opacity' || (value >= 0 && value <= 1));
    case 'Length': return validLength(value, info);
    case 'String': return typeof value === 'string';
    case 'FontWeight': return (typeof value === 'number' && value >= 1 && value <= 1000) || value === 'normal' || value === 'bold'
      || (typeof value === 'string' && /^[1-9]00$/.test(value));
    default: return true;
  }
}

/**
 * A flat, host-safe style object from a React Native style (object or array); undefined when empty.
 * Animated nodes must already be resolved to their values.
 */
export function normalizeStyle(style) {
  const flat = flattenStyle(style);
  if (flat === undefined) return undefined;
  const out = {};
  for (const key in flat) {
    let value = flat[key];
    if (value === undefined || value === null) continue;
    const code = PROP[key];
    const info = code === undefined ? undefined : PROP_INFO[code];
    if (info === undefined || !info.style) {
      out[key] = value; // unknown: bridge-host warns once per page and drops it
      continue;
    }
    if (key === 'transform') {
      value = normalizeTransform(value);
      if (value === undefined) continue;
    } else if (info.kind === 'Colour') {
      value = normalizeColor(value, key);
      if (value === undefined) continue;
    } else if (key === 'opacity' && typeof value === 'number') {
      value = Math.min(1, Math.max(0, value));
    } else if (!validValue(key, value, info)) {
      warnOnce('style ' + key + ': ' + JSON.stringify(value) + ' is not a value the host accepts; dropped');
      continue;
    }
    out[key] = value;
  }
  return out;
}
