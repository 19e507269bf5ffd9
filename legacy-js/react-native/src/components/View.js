// View, and the components that are a View here (SafeAreaView, KeyboardAvoidingView, TVFocusGuideView).

import React, { forwardRef, useEffect, useRef } from 'react';
import { viewHostProps, preferFocus, generatedTestId, testIdOfHandle } from './hostProps.js';

/** A testID for the element: its own, or a generated one when hasTVPreferredFocus needs a name. */
export function usePreferredFocusId(props) {
  const generated = useRef(null);
  let testID = props.testID ?? props.nativeID;
  if (testID === undefined && props.hasTVPreferredFocus) {
    if (generated.current === null) generated.current = generatedTestId();
    testID = generated.current;
  }
  useEffect(() => {
    if (props.hasTVPreferredFocus) preferFocus(testID);
  }, [props.hasTVPreferredFocus]);
  return testID;
}

export const View = forwardRef(function View(props, ref) {
  const testID = usePreferredFocusId(props);
  const host = viewHostProps({ ...props, testID });
  host.ref = ref;
  return React.createElement('View', host, props.children);
});

export const SafeAreaView = View;
export const KeyboardAvoidingView = View;

/**
 * react-native-tvos's TVFocusGuideView: a focus group for the host (autoFocus remembers the last focused child,
 * destinations name the preferred one, trapFocus* keep focus inside in those directions).
 */
export const TVFocusGuideView = forwardRef(function TVFocusGuideView(props, ref) {
  const host = viewHostProps(props);
  host.ref = ref;
  host.focusGroup = props.autoFocus ? 'remember' : 'group';
  const destinations = Array.isArray(props.destinations) ? props.destinations : [];
  const preferred = destinations.map(testIdOfHandle).find((id) => id !== undefined);
  if (preferred !== undefined) host.focusPreferred = preferred;
  const trap = ['Up', 'Down', 'Left', 'Right'].filter((d) => props['trapFocus' + d]).map((d) => d.toLowerCase());
  if (trap.length > 0) host.focusBoundary = trap;
  return React.createElement('View', host, props.children);
});
