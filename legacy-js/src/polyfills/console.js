// console for engines that have none (Jint) or whose own drops output (V8): every call becomes a Log op
// in the runtime batch, which the host writes to Serilog.

import { LOG_LEVEL, OP } from '../wire/codes.js';
import { emit, RUNTIME_ROOT } from '../wire/outbox.js';

function formatValue(value) {
  if (typeof value === 'string') return value;
  if (value instanceof Error) return formatError(value);
  if (typeof value === 'function') return '[Function ' + (value.name || 'anonymous') + ']';
  if (value === undefined) return 'undefined';
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
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
