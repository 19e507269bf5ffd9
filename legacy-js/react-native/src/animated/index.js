// Animated: values, interpolation, timing / spring / decay and their compositions on the host's frame clock.

import { useRef } from 'react';
import { AnimatedNode, AnimatedValue, AnimatedValueXY, AnimatedInterpolation, AnimatedOperation, AnimatedDiffClamp } from './nodes.js';
import { timing, spring, decay, sequence, parallel, stagger, loop, delay } from './animations.js';
import { createAnimatedComponent, event } from './createAnimatedComponent.js';

/** Animated.View and friends, set by the components module (they depend on the components). */
const components = {};

export function registerAnimatedComponents(map) {
  Object.assign(components, map);
}

export const Animated = {
  Value: AnimatedValue,
  ValueXY: AnimatedValueXY,
  Interpolation: AnimatedInterpolation,
  Node: AnimatedNode,
  timing,
  spring,
  decay,
  sequence,
  parallel,
  stagger,
  loop,
  delay,
  event,
  createAnimatedComponent,
  add: (a, b) => new AnimatedOperation(a, b, (x, y) => x + y),
  subtract: (a, b) => new AnimatedOperation(a, b, (x, y) => x - y),
  multiply: (a, b) => new AnimatedOperation(a, b, (x, y) => x * y),
  divide: (a, b) => new AnimatedOperation(a, b, (x, y) => (y === 0 ? 0 : x / y)),
  modulo: (a, m) => new AnimatedOperation(a, m, (x, y) => ((x % y) + y) % y),
  diffClamp: (a, min, max) => new AnimatedDiffClamp(a, min, max),
  forkEvent: (a, listener) => (...args) => { if (typeof a === 'function') a(...args); listener(...args); },
  unforkEvent() {},
  attachNativeEvent: () => ({ detach() {} }),
  get View() { return components.View; },
  get Text() { return components.Text; },
  get Image() { return components.Image; },
  get ScrollView() { return components.ScrollView; },
  get FlatList() { return components.FlatList; },
  get SectionList() { return components.SectionList; },
};

/** React Native's useAnimatedValue: one Animated.Value for the component's lifetime. */
export function useAnimatedValue(initial, config) {
  const ref = useRef(null);
  if (ref.current === null) ref.current = new AnimatedValue(initial, config);
  return ref.current;
}

export { AnimatedValue, AnimatedValueXY };
