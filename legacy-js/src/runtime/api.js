// Navigation and focus requests to the host: control ops in the runtime batch.

import { OP } from '../wire/codes.js';
import { emit, RUNTIME_ROOT } from '../wire/outbox.js';
import { safeString } from '../polyfills/console.js';

/** Asks the host router to show page `name` with `params`. */
export function navigate(name, params) {
  if (typeof name !== 'string' || name === '') {
    throw new TypeError('navigate: page name must be a non-empty string, got ' + safeString(name));
  }
  emit(RUNTIME_ROOT, [OP.Navigate, name, params ?? null]);
}

/** Asks the host router to go back one page. */
export function goBack() {
  emit(RUNTIME_ROOT, [OP.GoBack]);
}

let focusRequests = null;

/**
 * Collects the RequestFocus ops made until the next call into `list` (null: stops collecting); returns the list
 * collected before. A key's dispatch uses it to tell the page of the move its onKey asked for at once.
 */
export function collectFocusRequests(list) {
  const previous = focusRequests;
  focusRequests = list;
  return previous;
}

/** Asks the host focus system to focus the node with this testID. */
export function requestFocus(testID) {
  if (typeof testID !== 'string' || testID === '') {
    throw new TypeError('requestFocus: testID must be a non-empty string, got ' + safeString(testID));
  }
  const op = [OP.RequestFocus, testID];
  emit(RUNTIME_ROOT, op);
  if (focusRequests !== null) focusRequests.push(op);
}
