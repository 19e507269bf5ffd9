// Pressable and the Touchables: focusable for the host (host focus mode), select presses them (onPressIn, onPress,
// onPressOut in one go; the `pressed` state shows for a moment), focus and blur give the `focused` state.

import React, { forwardRef, useCallback, useEffect, useRef, useState } from 'react';
import { viewHostProps } from './hostProps.js';
import { usePreferredFocusId } from './View.js';
import { Text } from './Text.js';
import { HOST_FOCUS } from '../focusMode.js';

const PRESSED_MS = 120;

function pressEvent() {
  return { nativeEvent: { timestamp: Date.now() }, type: 'press' };
}

/** Focus and press state of a pressable element, and the host props that drive it. */
function usePressable(props) {
  const [focused, setFocused] = useState(false);
  const [pressed, setPressed] = useState(false);
  const timer = useRef(null);
  const latest = useRef(props);
  latest.current = props;
  useEffect(() => () => clearTimeout(timer.current), []);
  const onPress = useCallback(() => {
    const p = latest.current;
    if (p.disabled) return;
    const e = pressEvent();
    setPressed(true);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setPressed(false), PRESSED_MS);
    if (typeof p.onPressIn === 'function') p.onPressIn(e);
    if (typeof p.onPress === 'function') p.onPress(e);
    if (typeof p.onPressOut === 'function') p.onPressOut(e);
  }, []);
  const onFocus = useCallback((e) => {
    setFocused(true);
    if (typeof latest.current.onFocus === 'function') latest.current.onFocus(e);
  }, []);
  const onBlur = useCallback((e) => {
    setFocused(false);
    if (typeof latest.current.onBlur === 'function') latest.current.onBlur(e);
  }, []);
  return { focused, pressed, onPress, onFocus, onBlur };
}

function hostPropsOf(props, state, style, testID) {
  const focusable = !props.disabled && props.focusable !== false;
  const host = viewHostProps({ ...props, testID, onFocus: state.onFocus, onBlur: state.onBlur }, { style, focusable });
  if (HOST_FOCUS && focusable) host.onPress = state.onPress;
  return host;
}

export const Pressable = forwardRef(function Pressable(props, ref) {
  const state = usePressable(props);
  const testID = usePreferredFocusId(props);
  const interaction = { focused: state.focused, pressed: state.pressed, hovered: false };
  const style = typeof props.style === 'function' ? props.style(interaction) : props.style;
  const children = typeof props.children === 'function' ? props.children(interaction) : props.children;
  const host = hostPropsOf(props, state, style, testID);
  host.ref = ref;
  return React.createElement('View', host, children);
});

export const TouchableOpacity = forwardRef(function TouchableOpacity(props, ref) {
  const state = usePressable(props);
  const testID = usePreferredFocusId(props);
  const activeOpacity = props.activeOpacity ?? 0.2;
  const style = state.pressed ? [props.style, { opacity: activeOpacity }] : props.style;
  const host = hostPropsOf(props, state, style, testID);
  host.ref = ref;
  return React.createElement('View', host, props.children);
});

export const TouchableHighlight = forwardRef(function TouchableHighlight(props, ref) {
  const state = usePressable(props);
  const testID = usePreferredFocusId(props);
  const underlay = state.pressed ? { backgroundColor: props.underlayColor ?? 'black' } : null;
  const host = hostPropsOf(props, state, [props.style, underlay], testID);
  host.ref = ref;
  const child = React.Children.only(props.children);
  const shown = state.pressed && props.activeOpacity !== undefined
    ? React.cloneElement(child, { style: [child.props.style, { opacity: props.activeOpacity }] }) : child;
  return React.createElement('View', host, shown);
});

export const TouchableWithoutFeedback = forwardRef(function TouchableWithoutFeedback(props, ref) {
  const state = usePressable(props);
  const testID = usePreferredFocusId(props);
  const host = hostPropsOf(props, state, props.style, testID);
  host.ref = ref;
  return React.createElement('View', host, props.children);
});

export const TouchableNativeFeedback = Object.assign(forwardRef(function TouchableNativeFeedback(props, ref) {
  return React.createElement(TouchableWithoutFeedback, { ...props, ref });
}), {
  SelectableBackground: () => ({ type: 'ThemeAttrAndroid', attribute: 'selectableItemBackground' }),
  SelectableBackgroundBorderless: () => ({ type: 'ThemeAttrAndroid', attribute: 'selectableItemBackgroundBorderless' }),
  Ripple: (color, borderless) => ({ type: 'RippleAndroid', color, borderless }),
  canUseNativeForeground: () => false,
});

const buttonStyle = { backgroundColor: '#2196F3', borderRadius: 2, paddingHorizontal: 16, paddingVertical: 8 };
const buttonText = { color: '#ffffff', fontWeight: '500', textAlign: 'center' };

export const Button = forwardRef(function Button(props, ref) {
  const style = [buttonStyle, props.color ? { backgroundColor: props.color } : null, props.disabled ? { opacity: 0.5 } : null];
  return React.createElement(TouchableOpacity, {
    ref, style, onPress: props.onPress, disabled: props.disabled, testID: props.testID,
    hasTVPreferredFocus: props.hasTVPreferredFocus, onFocus: props.onFocus, onBlur: props.onBlur,
    nextFocusUp: props.nextFocusUp, nextFocusDown: props.nextFocusDown, nextFocusLeft: props.nextFocusLeft, nextFocusRight: props.nextFocusRight,
  }, React.createElement(Text, { style: buttonText }, String(props.title ?? '').toUpperCase()));
});
