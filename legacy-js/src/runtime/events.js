// Events from the host: one or more MessagePack event batches [schemaVersion, [event...]], dispatched
// to page handlers. Input (key, press, focus, blur) runs at discrete priority inside batchedUpdates, as
// react-dom does for clicks and keys, so its render and commit finish in this pump. Every key event is
// answered with a KeyHandled op in the runtime batch: the host waits for that verdict before it moves
// focus, so a key an onKey handler consumed never also moves focus natively.

import { Decoder } from '@msgpack/msgpack';
import { DiscreteEventPriority, DefaultEventPriority } from 'react-reconciler/constants.js';
import { EVENT, KEY_NAMES, OP, SCHEMA_VERSION } from '../wire/codes.js';
import { emit, outboxFor, RUNTIME_ROOT } from '../wire/outbox.js';
import { findNode, findByTestID } from '../renderer/nodes.js';
import { collectFocusRequests } from './api.js';
import { setCurrentEventPriority } from '../renderer/hostConfig.js';
import { reconciler, mountPage, unmountPage, rejectBatch, findRoot } from './pages.js';
import { settleData } from './data.js';
import { settleMeasure } from './measure.js';
import { notifyKeyListeners, notifyFocusListeners } from './keyListeners.js';
import { reportPageError } from './errors.js';
import { drainMicrotasks } from '../polyfills/timers.js';
import { enterPage, leavePage, settleEffects } from './active.js';

const decoder = new Decoder();

function callHandler(node, name, arg) {
  const handler = node.props[name];
  if (typeof handler !== 'function') return undefined;
  try {
    return handler(arg);
  } catch (error) {
    reportPageError(error, node.root, name + ' of ' + node.describe());
    return undefined;
  }
}

function keyName(eventId, keyCode) {
  const key = KEY_NAMES[keyCode];
  if (key === undefined) throw new Error('Key event ' + eventId + ': unknown key code ' + keyCode);
  return key;
}

function keyListenersConsume(key, root, target, timestamp) {
  return notifyKeyListeners({ key, pageName: root.pageName, target, timestamp },
    (error) => reportPageError(error, root, 'key listener for "' + key + '"'));
}

/** Bubbles onKey from the target, then the key listeners; returns true when a handler consumed the key. */
function dispatchKey(eventId, target, keyCode, timestamp) {
  const key = keyName(eventId, keyCode);
  const event = { key, target: target.props.testID, targetId: target.id, timestamp };
  for (let node = target; node !== null && node.props !== undefined; node = node.parent) {
    if (callHandler(node, 'onKey', event) === true) return true;
  }
  if (keyListenersConsume(key, target.root, target.props.testID, timestamp)) return true;
  if (key === 'select') callHandler(target, 'onPress', { target: target.props.testID, timestamp });
  return false;
}

function notifyFocus(target, focused) {
  notifyFocusListeners(target, focused, (error) => reportPageError(error, target.root, focused ? 'onFocus listener' : 'onBlur listener'));
}

function blurNode(node) {
  callHandler(node, 'onBlur', { target: node.props.testID });
  notifyFocus(node, false);
}

function focusNode(node) {
  callHandler(node, 'onFocus', { target: node.props.testID });
  notifyFocus(node, true);
}

/**
 * The key's handlers asked for focus on one focusable node of the key's page: its onBlur and onFocus run now, in the
 * key's own render, instead of when the host's focus events come back a round trip later. The RequestFocus op says
 * so ([code, testID, pageRoot, blurred, focused]), and the host does not send those events again; if its focus lands
 * elsewhere, it tells the page.
 */
function runRequestedFocus(target, requests) {
  if (requests.length !== 1) return;
  const op = requests[0];
  const next = findByTestID(target.root, op[1]);
  if (next === null || next === target || next.props.focusable !== true) return;
  blurNode(target);
  focusNode(next);
  op.push(target.root.pageRoot, target.id, next.id);
}

/** A key while no node of the page has focus: only the key listeners see it. */
function dispatchRootKey(event) {
  const eventId = event[1];
  const root = findRoot(event[2]);
  let consumed = false;
  try {
    if (root === undefined) return;
    const key = keyName(eventId, event[3]);
    outboxFor(root.pageRoot).addCause(eventId);
    const previous = setCurrentEventPriority(DiscreteEventPriority);
    try {
      reconciler.batchedUpdates(() => {
        consumed = keyListenersConsume(key, root, undefined, event[4]);
      });
    } finally {
      setCurrentEventPriority(previous);
    }
    drainMicrotasks();
  } finally {
    emit(RUNTIME_ROOT, [OP.KeyHandled, eventId, consumed]);
  }
}

function dispatchInput(event) {
  const code = event[0];
  const eventId = event[1];
  const target = findNode(event[2]);
  let consumed = false;
  let page;
  try {
    if (target === undefined || target.parent === null) return;
    outboxFor(target.root.pageRoot).addCause(eventId);
    settleEffects();
    page = enterPage(target.root);
    const previous = setCurrentEventPriority(DiscreteEventPriority);
    const requests = code === EVENT.Key ? [] : null;
    const collecting = collectFocusRequests(requests);
    try {
      reconciler.batchedUpdates(() => {
        if (code === EVENT.Key) {
          consumed = dispatchKey(eventId, target, event[3], event[4]);
          collectFocusRequests(collecting);
          if (consumed) runRequestedFocus(target, requests);
        } else if (code === EVENT.Press) callHandler(target, 'onPress', { target: target.props.testID });
        else if (code === EVENT.Focus) focusNode(target);
        else blurNode(target);
      });
    } finally {
      collectFocusRequests(collecting);
      setCurrentEventPriority(previous);
    }
    drainMicrotasks();
  } finally {
    if (page !== undefined) leavePage(page);
    // After the handlers' own runtime ops (a requestFocus from onKey reaches the host before the verdict).
    if (code === EVENT.Key) emit(RUNTIME_ROOT, [OP.KeyHandled, eventId, consumed]);
  }
}

function dispatchLayout(event) {
  const target = findNode(event[1]);
  if (target === undefined) return;
  const layout = { x: event[2], y: event[3], width: event[4], height: event[5] };
  // pageX/pageY: hosts before the Layout event carried them know only the parent-relative box.
  target.layout = { ...layout, pageX: event[6] ?? event[2], pageY: event[7] ?? event[3] };
  setCurrentEventPriority(DefaultEventPriority);
  settleEffects();
  const previous = enterPage(target.root);
  try {
    callHandler(target, 'onLayout', { x: layout.x, y: layout.y, width: layout.width, height: layout.height,
      nativeEvent: { layout } });
  } finally {
    leavePage(previous);
  }
}

function dispatchEvent(event) {
  if (!Array.isArray(event) || typeof event[0] !== 'number') {
    throw new Error('event must be an array starting with its code, got ' + JSON.stringify(event));
  }
  switch (event[0]) {
    case EVENT.Key:
    case EVENT.Press:
    case EVENT.Focus:
    case EVENT.Blur:
      dispatchInput(event);
      break;
    case EVENT.Layout:
      dispatchLayout(event);
      break;
    case EVENT.RootKey:
      dispatchRootKey(event);
      break;
    case EVENT.Measured:
      settleMeasure(event);
      break;
    case EVENT.DataResponse:
      settleData(event[1], event[2] === true, event[3]);
      break;
    case EVENT.PageMount:
      mountPage(event[1], event[2], event[3]);
      break;
    case EVENT.PageUnmount:
      unmountPage(event[1]);
      break;
    case EVENT.BatchRejected:
      rejectBatch(event[1], event[2], event[3]);
      break;
    default:
      throw new Error('unknown event code ' + event[0]);
  }
}

/** Decodes the event batches in `bytes` and dispatches every event; a bad event is reported, not thrown. */
export function dispatchEventBatches(bytes) {
  for (const batch of decoder.decodeMulti(bytes)) {
    if (!Array.isArray(batch) || batch[0] !== SCHEMA_VERSION || !Array.isArray(batch[1])) {
      reportPageError(new Error('event batch must be [' + SCHEMA_VERSION + ', [event...]], got schema '
        + (Array.isArray(batch) ? batch[0] : typeof batch)), null, 'event batch');
      continue;
    }
    const events = batch[1];
    for (let i = 0; i < events.length; i++) {
      try {
        dispatchEvent(events[i]);
      } catch (error) {
        reportPageError(error, null, 'event ' + JSON.stringify(events[i]).slice(0, 120));
      }
      drainMicrotasks();
    }
  }
}
