// react-native-linear-gradient: the host draws solid backgrounds, so the gradient is drawn as its middle colour.

import React from 'react';
import { View } from '../components/View.js';

export default function LinearGradient({ colors = [], style, children, testID }) {
  const middle = colors.length > 0 ? colors[Math.floor((colors.length - 1) / 2)] : undefined;
  return React.createElement(View, { style: [style, middle !== undefined ? { backgroundColor: middle } : null], testID }, children);
}
export { LinearGradient };
