// Components with a simple meaning on a TV: ActivityIndicator, TextInput (read-only), Modal, Switch, StatusBar,
// RefreshControl, DrawerLayoutAndroid, InputAccessoryView.

import React, { forwardRef, useEffect, useImperativeHandle, useRef, useState } from 'react';
import { View } from './View.js';
import { Text } from './Text.js';
import { TouchableWithoutFeedback } from './Pressable.js';
import { BackHandler } from '../apis/tv.js';

const SIZES = { small: 20, large: 36 };

/** A ring in the indicator's colour. It does not spin: a spinner would keep the host busy forever (idle never comes). */
export const ActivityIndicator = forwardRef(function ActivityIndicator(props, ref) {
  if (props.animating === false && props.hidesWhenStopped !== false) return null;
  const size = typeof props.size === 'number' ? props.size : SIZES[props.size ?? 'small'] ?? 20;
  return React.createElement(View, { ref, testID: props.testID, style: [{ alignItems: 'center', justifyContent: 'center' }, props.style] },
    React.createElement(View, { style: { width: size, height: size, borderRadius: size / 2, borderWidth: Math.max(2, size / 10), borderColor: props.color ?? '#999999' } }));
});

/**
 * TextInput shows its value (or placeholder) and can take focus, but there is no text entry on the TV host: typing
 * is not delivered, so onChangeText never fires. Screens that need a keyboard render their own on-screen keys.
 */
export const TextInput = forwardRef(function TextInput(props, ref) {
  const [focused, setFocused] = useState(false);
  const [cleared, setCleared] = useState(false);
  const view = useRef(null);
  useImperativeHandle(ref, () => ({
    focus() {},
    blur() {},
    clear() { setCleared(true); },
    isFocused: () => focused,
    getNativeRef: () => view.current,
    getHostNode: () => view.current,
    measure: (cb) => view.current?.measure(cb),
    measureInWindow: (cb) => view.current?.measureInWindow(cb),
    measureLayout: (rel, ok, fail) => view.current?.measureLayout(rel, ok, fail),
    setNativeProps() {},
  }));
  const value = cleared ? '' : props.value ?? props.defaultValue ?? '';
  const shown = value === '' ? props.placeholder ?? '' : props.secureTextEntry ? '•'.repeat(value.length) : value;
  const colour = value === '' ? props.placeholderTextColor ?? '#888888' : undefined;
  return React.createElement(TouchableWithoutFeedback, {
    ref: view, testID: props.testID, focusable: props.editable !== false && props.focusable !== false,
    hasTVPreferredFocus: props.hasTVPreferredFocus ?? props.autoFocus,
    onFocus: (e) => { setFocused(true); props.onFocus?.(e); },
    onBlur: (e) => { setFocused(false); props.onBlur?.(e); },
    onPress: props.onPressIn,
    style: [{ justifyContent: 'center' }, props.style],
  }, React.createElement(Text, { style: [props.style && { color: flatColour(props.style) }, colour ? { color: colour } : null], numberOfLines: props.multiline ? undefined : 1 }, shown));
});

function flatColour(style) {
  if (Array.isArray(style)) {
    let c;
    for (const s of style) c = flatColour(s) ?? c;
    return c;
  }
  return style && typeof style === 'object' ? style.color : undefined;
}
TextInput.State = { currentlyFocusedInput: () => null, currentlyFocusedField: () => null, focusTextInput() {}, blurTextInput() {} };

/** Modal: its children over the page while visible; back calls onRequestClose. */
export function Modal(props) {
  const { visible = true, onRequestClose, onShow, transparent, children } = props;
  useEffect(() => {
    if (!visible) return undefined;
    if (typeof onShow === 'function') onShow();
    const sub = BackHandler.addEventListener('hardwareBackPress', () => {
      if (typeof onRequestClose === 'function') onRequestClose();
      return true;
    });
    return () => sub.remove();
  }, [visible]);
  if (!visible) return null;
  return React.createElement(View, {
    testID: props.testID,
    style: { position: 'absolute', left: 0, top: 0, right: 0, bottom: 0, backgroundColor: transparent ? 'transparent' : '#ffffff' },
  }, children);
}

export const Switch = forwardRef(function Switch(props, ref) {
  const on = props.value === true;
  const track = props.trackColor ?? {};
  return React.createElement(TouchableWithoutFeedback, {
    ref, testID: props.testID, disabled: props.disabled,
    onPress: () => props.onValueChange?.(!on), onFocus: props.onFocus, onBlur: props.onBlur,
    style: [{ width: 40, height: 22, borderRadius: 11, padding: 2, justifyContent: 'center',
      backgroundColor: on ? track.true ?? '#81b0ff' : track.false ?? '#767577' }, props.style],
  }, React.createElement(View, { style: { width: 18, height: 18, borderRadius: 9, alignSelf: on ? 'flex-end' : 'flex-start',
    backgroundColor: props.thumbColor ?? '#f4f3f4' } }));
});

export function StatusBar() {
  return null;
}
Object.assign(StatusBar, {
  currentHeight: 0,
  setHidden() {}, setBarStyle() {}, setBackgroundColor() {}, setTranslucent() {}, setNetworkActivityIndicatorVisible() {},
  pushStackEntry: () => ({}), popStackEntry() {}, replaceStackEntry: () => ({}),
});

export function RefreshControl() {
  return null;
}

export function InputAccessoryView() {
  return null;
}

/** DrawerLayoutAndroid: the navigation view slides over the content while open (openDrawer / closeDrawer). */
export const DrawerLayoutAndroid = forwardRef(function DrawerLayoutAndroid(props, ref) {
  const [open, setOpen] = useState(false);
  useImperativeHandle(ref, () => ({ openDrawer: () => setOpen(true), closeDrawer: () => setOpen(false) }));
  useEffect(() => {
    if (!open) return undefined;
    props.onDrawerOpen?.();
    const sub = BackHandler.addEventListener('hardwareBackPress', () => { setOpen(false); props.onDrawerClose?.(); return true; });
    return () => sub.remove();
  }, [open]);
  const side = props.drawerPosition === 'right' ? { right: 0 } : { left: 0 };
  return React.createElement(View, { style: [{ flex: 1 }, props.style], testID: props.testID },
    props.children,
    open ? React.createElement(View, { style: [{ position: 'absolute', top: 0, bottom: 0, width: props.drawerWidth ?? 300,
      backgroundColor: props.drawerBackgroundColor ?? '#ffffff' }, side] }, props.renderNavigationView()) : null);
});
