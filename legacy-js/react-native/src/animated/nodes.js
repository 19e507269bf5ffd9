// Animated values and the nodes derived from them (interpolations, arithmetic). A node notifies its observers on
// every change; derived nodes observe their parents only while something observes them.

import { normalizeColor } from '../style/normalize.js';

let nextListenerId = 1;

export class AnimatedNode {
  constructor() {
    this._observers = new Set();
    this._listeners = new Map();
  }

  __getValue() {
    return undefined;
  }

  /** Observes changes (for components and derived nodes); returns the unobserve function. */
  __observe(fn) {
    if (this._observers.size === 0) this.__attach();
    this._observers.add(fn);
    return () => {
      if (this._observers.delete(fn) && this._observers.size === 0) this.__detach();
    };
  }

  __attach() {}

  __detach() {}

  __changed() {
    for (const fn of Array.from(this._observers)) fn();
    if (this._listeners.size > 0) {
      const value = this.__getValue();
      for (const cb of Array.from(this._listeners.values())) cb({ value });
    }
  }

  addListener(callback) {
    const id = String(nextListenerId++);
    if (this._listeners.size === 0 && this._observers.size === 0) this.__attach();
    this._listeners.set(id, callback);
    return id;
  }

  removeListener(id) {
    this._listeners.delete(id);
  }

  removeAllListeners() {
    this._listeners.clear();
  }

  hasListeners() {
    return this._listeners.size > 0;
  }

  interpolate(config) {
    return new AnimatedInterpolation(this, config);
  }

  toJSON() {
    return this.__getValue();
  }
}

export class AnimatedValue extends AnimatedNode {
  constructor(value = 0, config) {
    super();
    if (typeof value !== 'number') throw new TypeError('Animated.Value: initial value must be a number, got ' + typeof value);
    this._value = value;
    this._startingValue = value;
    this._offset = 0;
    this._animation = null;
    this._tracking = null;
  }

  __getValue() {
    return this._value + this._offset;
  }

  setValue(value) {
    if (this._animation !== null) {
      this._animation.stop();
      this._animation = null;
    }
    this._update(value);
  }

  setOffset(offset) {
    this._offset = offset;
    this.__changed();
  }

  flattenOffset() {
    this._value += this._offset;
    this._offset = 0;
  }

  extractOffset() {
    this._offset += this._value;
    this._value = 0;
  }

  stopAnimation(callback) {
    this.stopTracking();
    if (this._animation !== null) this._animation.stop();
    this._animation = null;
    if (typeof callback === 'function') callback(this.__getValue());
  }

  resetAnimation(callback) {
    this.stopAnimation(callback);
    this._update(this._startingValue);
  }

  stopTracking() {
    if (this._tracking !== null) this._tracking();
    this._tracking = null;
  }

  /** Runs an animation on this value (stopping the one running). */
  animate(animation, callback) {
    const previous = this._animation;
    if (previous !== null) previous.stop();
    this._animation = animation;
    animation.start(this._value, (value) => this._update(value), (result) => {
      if (this._animation === animation) this._animation = null;
      if (typeof callback === 'function') callback(result);
    }, previous, this);
  }

  _update(value) {
    if (value === this._value) return;
    this._value = value;
    this.__changed();
  }
}

export class AnimatedValueXY extends AnimatedNode {
  constructor(value) {
    super();
    const v = value ?? { x: 0, y: 0 };
    this.x = v.x instanceof AnimatedValue ? v.x : new AnimatedValue(v.x ?? 0);
    this.y = v.y instanceof AnimatedValue ? v.y : new AnimatedValue(v.y ?? 0);
    this._unobserve = null;
  }

  __getValue() {
    return { x: this.x.__getValue(), y: this.y.__getValue() };
  }

  __attach() {
    const a = this.x.__observe(() => this.__changed());
    const b = this.y.__observe(() => this.__changed());
    this._unobserve = () => { a(); b(); };
  }

  __detach() {
    if (this._unobserve) this._unobserve();
    this._unobserve = null;
  }

  setValue(value) {
    this.x.setValue(value.x);
    this.y.setValue(value.y);
  }

  setOffset(offset) {
    this.x.setOffset(offset.x);
    this.y.setOffset(offset.y);
  }

  flattenOffset() {
    this.x.flattenOffset();
    this.y.flattenOffset();
  }

  extractOffset() {
    this.x.extractOffset();
    this.y.extractOffset();
  }

  stopAnimation(callback) {
    this.x.stopAnimation();
    this.y.stopAnimation();
    if (typeof callback === 'function') callback(this.__getValue());
  }

  resetAnimation(callback) {
    this.stopAnimation(callback);
  }

  getLayout() {
    return { left: this.x, top: this.y };
  }

  getTranslateTransform() {
    return [{ translateX: this.x }, { translateY: this.y }];
  }
}

/** A node computed from parents; observes them only while observed. */
class DerivedNode extends AnimatedNode {
  constructor(parents) {
    super();
    this._parents = parents.filter((p) => p instanceof AnimatedNode);
    this._unobserve = [];
  }

  __attach() {
    this._unobserve = this._parents.map((p) => p.__observe(() => this.__changed()));
  }

  __detach() {
    for (const fn of this._unobserve) fn();
    this._unobserve = [];
  }
}

const valueOf = (v) => (v instanceof AnimatedNode ? v.__getValue() : v);

export class AnimatedOperation extends DerivedNode {
  constructor(a, b, op) {
    super([a, b]);
    this._a = a;
    this._b = b;
    this._op = op;
  }

  __getValue() {
    return this._op(valueOf(this._a), valueOf(this._b));
  }
}

export class AnimatedDiffClamp extends DerivedNode {
  constructor(a, min, max) {
    super([a]);
    this._a = a;
    this._min = min;
    this._max = max;
    this._last = valueOf(a);
    this._value = this._last;
  }

  __getValue() {
    const v = valueOf(this._a);
    const diff = v - this._last;
    this._last = v;
    this._value = Math.min(Math.max(this._value + diff, this._min), this._max);
    return this._value;
  }
}

// ---- interpolation (React Native's rules: ranges, extrapolation, easing, string outputs with numbers and colours)

function interpolateNumber(input, inputMin, inputMax, outputMin, outputMax, easing, extrapolateLeft, extrapolateRight) {
  let result = input;
  if (result < inputMin) {
    if (extrapolateLeft === 'identity') return result;
    if (extrapolateLeft === 'clamp') result = inputMin;
  }
  if (result > inputMax) {
    if (extrapolateRight === 'identity') return result;
    if (extrapolateRight === 'clamp') result = inputMax;
  }
  if (outputMin === outputMax) return outputMin;
  if (inputMin === inputMax) return input <= inputMin ? outputMin : outputMax;
  if (inputMin === -Infinity) result = -result;
  else if (inputMax === Infinity) result -= inputMin;
  else result = (result - inputMin) / (inputMax - inputMin);
  result = easing(result);
  if (outputMin === -Infinity) result = -result;
  else if (outputMax === Infinity) result += outputMin;
  else result = result * (outputMax - outputMin) + outputMin;
  return result;
}

function findRange(input, inputRange) {
  let i;
  for (i = 1; i < inputRange.length - 1; ++i) if (inputRange[i] >= input) break;
  return i - 1;
}

const NUMBER = /[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/g;

function colorToRgba(text) {
  const c = normalizeColor(text, 'interpolate');
  if (typeof c !== 'string') return text;
  let m = /^#([0-9a-f])([0-9a-f])([0-9a-f])([0-9a-f])?$/i.exec(c);
  if (m) return 'rgba(' + [m[1], m[2], m[3]].map((h) => parseInt(h + h, 16)).join(', ') + ', ' + (m[4] ? parseInt(m[4] + m[4], 16) / 255 : 1) + ')';
  m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})?$/i.exec(c);
  if (m) return 'rgba(' + [m[1], m[2], m[3]].map((h) => parseInt(h, 16)).join(', ') + ', ' + (m[4] ? parseInt(m[4], 16) / 255 : 1) + ')';
  m = /^rgb\(([^)]*)\)$/i.exec(c);
  if (m) return 'rgba(' + m[1] + ', 1)';
  return c;
}

function stringInterpolator(outputRange, config) {
  const outputs = outputRange.map(colorToRgba);
  const template = outputs[0];
  const numbers = outputs.map((s) => (s.match(NUMBER) || []).map(Number));
  const count = numbers[0].length;
  const perNumber = [];
  for (let i = 0; i < count; i++) perNumber.push(makeNumberInterpolator({ ...config, outputRange: numbers.map((n) => n[i]) }));
  const isColour = template.startsWith('rgba(');
  return (input) => {
    let i = 0;
    return template.replace(NUMBER, () => {
      let v = perNumber[i](input);
      if (isColour && i < 3) v = Math.min(255, Math.max(0, Math.round(v)));
      else if (isColour) v = Math.min(1, Math.max(0, Math.round(v * 1000) / 1000));
      i++;
      return String(v);
    });
  };
}

function makeNumberInterpolator(config) {
  const { inputRange, outputRange } = config;
  const easing = config.easing ?? ((t) => t);
  const left = config.extrapolateLeft ?? config.extrapolate ?? 'extend';
  const right = config.extrapolateRight ?? config.extrapolate ?? 'extend';
  return (input) => {
    const range = findRange(input, inputRange);
    return interpolateNumber(input, inputRange[range], inputRange[range + 1], outputRange[range], outputRange[range + 1],
      easing, left, right);
  };
}

/** The function an interpolation config describes (numbers, or strings such as '45deg' and colours). */
export function createInterpolation(config) {
  const { inputRange, outputRange } = config;
  if (!Array.isArray(inputRange) || !Array.isArray(outputRange) || inputRange.length < 2 || inputRange.length !== outputRange.length) {
    throw new Error('interpolate: inputRange and outputRange must be arrays of the same length (at least 2), got '
      + JSON.stringify(inputRange) + ' and ' + JSON.stringify(outputRange));
  }
  for (let i = 1; i < inputRange.length; i++) {
    if (!(inputRange[i] >= inputRange[i - 1])) throw new Error('interpolate: inputRange must be monotonically non-decreasing, got ' + JSON.stringify(inputRange));
  }
  if (typeof outputRange[0] === 'string') return stringInterpolator(outputRange, config);
  return makeNumberInterpolator(config);
}

export class AnimatedInterpolation extends DerivedNode {
  constructor(parent, config) {
    super([parent]);
    this._parent = parent;
    this._config = config;
    this._fn = createInterpolation(config);
  }

  __getValue() {
    return this._fn(this._parent.__getValue());
  }

  interpolate(config) {
    return new AnimatedInterpolation(this, config);
  }
}

export { valueOf };
