// console for engines that have none (Jint) or whose own drops output (V8): every call becomes a Log op
// in the runtime batch, which the host writes to Serilog.

import { LOG_LEVEL, OP } from '../wire/codes.js';
import { emit, RUNTIME_ROOT } from '../wire/outbox.js';

/** Deepest nesting and most values a logged object may have before it is summarized instead of serialized. */
const MAX_DEPTH = 32;
const MAX_VALUES = 5000;

// The engines serialize (JSON.stringify, String of an array) by recursing natively, which no interrupt or limit sees: on
// data nested deep enough, Jint ends its process with a stack overflow. So a value's shape is walked first, without
// recursion, and only a shallow enough one is handed to them.
function shallowEnough(value) {
  const stack = [value, 0];
  let seen = 0;
  while (stack.length > 0) {
    const depth = stack.pop();
    const v = stack.pop();
    if (v === null || typeof v !== 'object') continue;
    if (depth > MAX_DEPTH || ++seen > MAX_VALUES) return false;
    const keys = Object.keys(v);
    for (let i = 0; i < keys.length; i++) stack.push(v[keys[i]], depth + 1);
  }
  return true;
}

function summary(value) {
  return Array.isArray(value) ? '[Array(' + value.length + '), nested too deep to print]' : '[Object, nested too deep to print]';
}

/** A string for any value, bounded in depth and size (what console, errors and messages use). */
export function safeString(value) {
  if (typeof value === 'string') return value;
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return String(value);
  if (typeof value === 'function') return '[Function ' + (value.name || 'anonymous') + ']';
  if (value instanceof Error) return formatError(value);
  try {
    if (!shallowEnough(value)) return summary(value);
    return JSON.stringify(value) ?? Object.prototype.toString.call(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}

function formatValue(value) {
  return value === undefined ? 'undefined' : safeString(value);
}

/** "Name: message" plus the stack, formatted the same in every engine (Jint's stack omits the first line). */
export function formatError(error) {
  if (!(error instanceof Error)) return formatValue(error);
  const head = (error.name || 'Error') + ': ' + error.message;
  const stack = typeof error.stack === 'string' ? error.stack : '';
  return stack.startsWith(head) ? stack : stack ? head + '\n' + stack : head;
}

/** Formats console arguments with printf-style %s %d %i %f %o %O %c substitutions, as browsers do. */
export function formatLog(args) {
  if (args.length === 0) return '';
  let first = args[0];
  let rest = 1;
  if (typeof first === 'string' && first.indexOf('%') >= 0) {
    first = first.replace(/%[sdifoOc%]/g, (token) => {
      if (token === '%%') return '%';
      if (rest >= args.length) return token;
      const arg = args[rest++];
      if (token === '%c') return '';
      if (token === '%d' || token === '%i') return String(parseInt(arg, 10));
      if (token === '%f') return String(Number(arg));
      return formatValue(arg);
    });
  } else {
    first = formatValue(first);
  }
  let text = first;
  for (let i = rest; i < args.length; i++) text += ' ' + formatValue(args[i]);
  return text;
}

function logger(level) {
  return (...args) => emit(RUNTIME_ROOT, [OP.Log, level, formatLog(args)]);
}

/** Replaces the global console with one that sends Log ops. */
export function installConsole(g) {
  const console = {
    debug: logger(LOG_LEVEL.debug),
    trace: logger(LOG_LEVEL.debug),
    log: logger(LOG_LEVEL.info),
    info: logger(LOG_LEVEL.info),
    warn: logger(LOG_LEVEL.warn),
    error: logger(LOG_LEVEL.error),
    assert: (condition, ...args) => {
      if (!condition) emit(RUNTIME_ROOT, [OP.Log, LOG_LEVEL.error, 'Assertion failed: ' + formatLog(args)]);
    },
  };
  g.console = console;
}
