// Listeners that see every remote key and focus change of the runtime, whatever node (if any) has focus: what React
// Native's TVEventHandler, BackHandler and JS spatial navigation libraries are built on.

const keyListeners = [];
const focusListeners = [];

function add(list, listener, what) {
  if (typeof listener !== 'function') throw new TypeError(what + ': listener must be a function, got ' + typeof listener);
  list.push(listener);
  return () => {
    const i = list.indexOf(listener);
    if (i >= 0) list.splice(i, 1);
  };
}

/**
 * Calls `listener({ key, pageName, target, timestamp })` for every key after the target's onKey handlers (or for a key
 * no node has focus for); returning true consumes it, so the host neither moves focus nor goes back for it.
 * Listeners run newest first and stop at the first that consumes. Returns a function that removes the listener.
 */
export function addKeyListener(listener) {
  return add(keyListeners, listener, 'addKeyListener');
}

/** Calls `listener(node, focused)` when a node with onFocus/onBlur gains or loses focus. Returns the remover. */
export function addFocusListener(listener) {
  return add(focusListeners, listener, 'addFocusListener');
}

/** Runs the key listeners for one key; true when one consumed it. Errors go to `report`. */
export function notifyKeyListeners(event, report) {
  const snapshot = keyListeners.slice();
  for (let i = snapshot.length - 1; i >= 0; i--) {
    try {
      if (snapshot[i](event) === true) return true;
    } catch (error) {
      report(error);
    }
  }
  return false;
}

/** Runs the focus listeners for a focus change; errors go to `report`. */
export function notifyFocusListeners(node, focused, report) {
  const snapshot = focusListeners.slice();
  for (let i = 0; i < snapshot.length; i++) {
    try {
      snapshot[i](node, focused);
    } catch (error) {
      report(error);
    }
  }
}
