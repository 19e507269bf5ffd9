// Error reporting: an error becomes an Error op, in the batch of the page it belongs to when known,
// otherwise in the runtime batch.

import { OP } from '../wire/codes.js';
import { emit, RUNTIME_ROOT } from '../wire/outbox.js';
import { safeString } from '../polyfills/console.js';

/** Sends an Error op for `error`; `root` is the page root container it belongs to, or null. */
export function reportPageError(error, root, context) {
  const name = error instanceof Error ? (error.name || 'Error') : 'Error';
  const message = error instanceof Error ? safeString(error.message) : safeString(error);
  const where = root !== null && root !== undefined
    ? 'page "' + root.pageName + '" (root ' + root.pageRoot + ')' : 'runtime';
  const text = name + ': ' + message + ' [' + where + (context ? ', ' + context : '') + ']';
  const stack = error instanceof Error && typeof error.stack === 'string' ? error.stack : '';
  emit(root ? root.pageRoot : RUNTIME_ROOT, [OP.Error, text, stack]);
}
