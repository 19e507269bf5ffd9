// react-native-safe-area-context: a TV screen has no notches: insets are 0, the frame is the window.

import React, { createContext, useContext } from 'react';
import { View } from '../components/View.js';
import { Dimensions } from '../apis/Dimensions.js';

const zero = Object.freeze({ top: 0, right: 0, bottom: 0, left: 0 });
export const SafeAreaInsetsContext = createContext(zero);
export const SafeAreaFrameContext = createContext(null);
export const initialWindowMetrics = { insets: zero, frame: { x: 0, y: 0, ...Dimensions.get('window') } };

export const SafeAreaProvider = ({ children, style }) => React.createElement(View, { style: [{ flex: 1 }, style] }, children);
export const SafeAreaView = View;
export function useSafeAreaInsets() {
  return useContext(SafeAreaInsetsContext);
}
export function useSafeAreaFrame() {
  const { width, height } = Dimensions.get('window');
  return { x: 0, y: 0, width, height };
}
export const SafeAreaConsumer = SafeAreaInsetsContext.Consumer;
export function withSafeAreaInsets(Component) {
  return (props) => React.createElement(Component, { ...props, insets: zero });
}
