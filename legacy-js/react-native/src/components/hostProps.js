// React Native view props to bridge-host props: style normalized, focus props for the host's focus system (host
// focus mode only), handlers given React Native's event shapes. Props with no meaning on a TV (accessibility,
// pointer events, hit slop…) are dropped.

import { resolveNode, requestFocus } from 'bridge-host';
import { normalizeStyle } from '../style/normalize.js';
import { HOST_FOCUS } from '../focusMode.js';
import { warnOnce } from '../warn.js';

let nextGeneratedId = 1;

/** A testID for a component that needs one to be named to the host (hasTVPreferredFocus without a testID). */
export function generatedTestId() {
  return 'rn-focus-' + nextGeneratedId++;
}

/** The testID of a node named by a React Native node handle (number) or ref; the host names focus targets by testID. */
export function testIdOfHandle(handle) {
  if (typeof handle === 'string') return handle;
  const node = resolveNode(handle);
  if (node === null) return undefined;
  if (typeof node.props.testID === 'string') return node.props.testID;
  warnOnce('a nextFocus* target (' + node.describe() + ') has no testID: give it one so the host can find it');
  return undefined;
}

function focusEvent(handler, target) {
  if (typeof handler !== 'function') return undefined;
  return (e) => handler({ nativeEvent: { target: e && e.target }, target: e && e.target, type: target });
}

const NEXT_FOCUS = ['nextFocusUp', 'nextFocusDown', 'nextFocusLeft', 'nextFocusRight'];

/** Host props of a React Native View-like element. */
export function viewHostProps(props, extra) {
  const host = {
    style: normalizeStyle(extra && extra.style !== undefined ? extra.style : props.style),
    testID: props.testID ?? props.nativeID,
  };
  if (typeof props.onLayout === 'function') host.onLayout = props.onLayout;
  if (HOST_FOCUS) {
    const focusable = extra && extra.focusable !== undefined ? extra.focusable
      : props.focusable === true || props.isTVSelectable === true || props.hasTVPreferredFocus === true;
    if (focusable) {
      host.focusable = true;
      host.onFocus = focusEvent(props.onFocus, 'focus');
      host.onBlur = focusEvent(props.onBlur, 'blur');
      for (const key of NEXT_FOCUS) {
        if (props[key] !== undefined && props[key] !== null) {
          const id = testIdOfHandle(props[key]);
          if (id !== undefined) host[key] = id;
        }
      }
    }
  }
  return host;
}

/** hasTVPreferredFocus: asks the host to focus the node with this testID (host focus mode). */
export function preferFocus(testID) {
  if (HOST_FOCUS && typeof testID === 'string') requestFocus(testID);
}
