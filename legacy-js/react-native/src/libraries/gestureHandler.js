// react-native-gesture-handler: there is no touch on a TV host. Components render as their React Native peers,
// gesture objects are inert (their callbacks are never called).

import React from 'react';
import { View } from '../components/View.js';
import { ScrollView } from '../components/ScrollView.js';
import { FlatList } from '../components/FlatList.js';
import { Pressable, TouchableOpacity, TouchableHighlight, TouchableWithoutFeedback, TouchableNativeFeedback } from '../components/Pressable.js';
import { Switch, TextInput, DrawerLayoutAndroid } from '../components/misc.js';

const passThrough = ({ children }) => children ?? null;

export const GestureHandlerRootView = View;
export const GestureDetector = passThrough;
export const PanGestureHandler = passThrough;
export const TapGestureHandler = passThrough;
export const LongPressGestureHandler = passThrough;
export const PinchGestureHandler = passThrough;
export const RotationGestureHandler = passThrough;
export const FlingGestureHandler = passThrough;
export const NativeViewGestureHandler = passThrough;
export const RectButton = Pressable;
export const BorderlessButton = Pressable;
export const BaseButton = Pressable;
export const RawButton = Pressable;
export { ScrollView, FlatList, Switch, TextInput, DrawerLayoutAndroid, TouchableOpacity, TouchableHighlight, TouchableWithoutFeedback, TouchableNativeFeedback, Pressable };
export const Swipeable = ({ children }) => React.createElement(View, null, children);
export const State = { UNDETERMINED: 0, FAILED: 1, BEGAN: 2, CANCELLED: 3, ACTIVE: 4, END: 5 };
export const Directions = { RIGHT: 1, LEFT: 2, UP: 4, DOWN: 8 };

function inertGesture() {
  const gesture = new Proxy({}, { get: (target, name) => (name === 'then' ? undefined : () => gesture) });
  return gesture;
}
export const Gesture = new Proxy({}, { get: () => () => inertGesture() });
export function gestureHandlerRootHOC(Component) {
  return Component;
}
export function enableExperimentalWebImplementation() {}
