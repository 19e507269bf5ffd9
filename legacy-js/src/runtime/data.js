// fetchData: a DataRequest op to the host's data service, answered by a DataResponse event.

import { OP } from '../wire/codes.js';
import { emit, RUNTIME_ROOT } from '../wire/outbox.js';
import { activeRoot, enterPage } from './active.js';
import { safeString } from '../polyfills/console.js';

let nextRequestId = 1;
const pending = new Map();

/** Asks the host data service for `resource`; resolves with its data or rejects with its error message. */
export function fetchData(resource, params) {
  if (typeof resource !== 'string' || resource === '') {
    return Promise.reject(new TypeError('fetchData: resource must be a non-empty string, got ' + safeString(resource)));
  }
  const requestId = nextRequestId++;
  return new Promise((resolve, reject) => {
    pending.set(requestId, { resolve, reject, resource, page: activeRoot() });
    emit(RUNTIME_ROOT, [OP.DataRequest, requestId, resource, params ?? null]);
  });
}

/** Settles the promise of a request; unknown ids are reported, not thrown. */
export function settleData(requestId, ok, value) {
  const request = pending.get(requestId);
  if (request === undefined) {
    console.warn('bridge-host: DataResponse for unknown request ' + requestId);
    return;
  }
  pending.delete(requestId);
  // The promise's continuations run when the engine drains its jobs, after this: they belong to the page that
  // asked, so the page stays active until the next dispatch sets another.
  enterPage(request.page);
  if (ok) {
    request.resolve(value);
  } else {
    request.reject(new Error('fetchData("' + request.resource + '") failed: ' + String(value)));
  }
}

/** Number of fetchData calls still waiting for the host. */
export function pendingDataRequests() {
  return pending.size;
}
