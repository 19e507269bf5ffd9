// The rest of React Native's API surface: honest stand-ins that never throw. What each does here is in the package's
// README.

import { unstable_batchedUpdates as batched } from './batchedUpdates.js';
import { resolveNode } from 'bridge-host';
import { Emitter, DeviceEventEmitter } from './events.js';
import { warnOnce } from '../warn.js';
import { normalizeColor } from '../style/normalize.js';

export const I18nManager = {
  isRTL: false,
  doLeftAndRightSwapInRTL: true,
  allowRTL() {},
  forceRTL() {
    warnOnce('I18nManager.forceRTL: pages lay out left to right here');
  },
  swapLeftAndRightInRTL() {},
  getConstants: () => ({ isRTL: false, doLeftAndRightSwapInRTL: true, localeIdentifier: 'en_US' }),
};

const keyboard = new Emitter();
export const Keyboard = {
  addListener: (type, listener) => keyboard.addListener(type, listener),
  removeAllListeners: (type) => keyboard.removeAllListeners(type),
  dismiss() {},
  isVisible: () => false,
  metrics: () => undefined,
  scheduleLayoutAnimation() {},
};

export const Alert = {
  alert(title, message, buttons) {
    console.warn('Alert: ' + title + (message ? ': ' + message : ''));
    // No dialog is drawn: the first cancel (or only) button's handler runs, as dismissing the alert would.
    const list = Array.isArray(buttons) ? buttons : [];
    const chosen = list.find((b) => b && b.style === 'cancel') ?? (list.length === 1 ? list[0] : undefined);
    if (chosen && typeof chosen.onPress === 'function') queueMicrotask(() => chosen.onPress());
  },
  prompt(title) {
    console.warn('Alert.prompt: ' + title + ' (no text entry here)');
  },
};

const linking = new Emitter();
export const Linking = {
  addEventListener: (type, handler) => linking.addListener(type, handler),
  removeEventListener: (type, handler) => linking.removeListener(type, handler),
  canOpenURL: () => Promise.resolve(false),
  openURL: (url) => Promise.reject(new Error('Linking.openURL("' + url + '"): no other app can be opened here')),
  openSettings: () => Promise.reject(new Error('Linking.openSettings: there are no settings to open here')),
  getInitialURL: () => Promise.resolve(null),
  sendIntent: () => Promise.reject(new Error('Linking.sendIntent: no intents here')),
};

const appState = new Emitter();
export const AppState = {
  currentState: 'active',
  isAvailable: true,
  addEventListener: (type, handler) => appState.addListener(type, handler),
  removeEventListener: (type, handler) => appState.removeListener(type, handler),
};

export const LogBox = {
  ignoreLogs() {},
  ignoreAllLogs() {},
  install() {},
  uninstall() {},
};

export const InteractionManager = {
  Events: { interactionStart: 'interactionStart', interactionComplete: 'interactionComplete' },
  runAfterInteractions(task) {
    let cancelled = false;
    const promise = new Promise((resolve) => {
      setTimeout(() => {
        if (cancelled) return;
        const result = typeof task === 'function' ? task() : task && typeof task.run === 'function' ? task.run() : undefined;
        resolve(result);
      }, 0);
    });
    return { then: promise.then.bind(promise), done: promise.then.bind(promise), cancel: () => { cancelled = true; } };
  },
  createInteractionHandle: () => 0,
  clearInteractionHandle() {},
  addListener: () => ({ remove() {} }),
  setDeadline() {},
};

export const LayoutAnimation = {
  Types: { spring: 'spring', linear: 'linear', easeInEaseOut: 'easeInEaseOut', easeIn: 'easeIn', easeOut: 'easeOut', keyboard: 'keyboard' },
  Properties: { opacity: 'opacity', scaleX: 'scaleX', scaleY: 'scaleY', scaleXY: 'scaleXY' },
  Presets: { easeInEaseOut: {}, linear: {}, spring: {} },
  configureNext(config, onAnimationDidEnd) {
    // Layout changes apply at once here (the host's animateLayout prop animates boxes natively).
    if (typeof onAnimationDidEnd === 'function') setTimeout(onAnimationDidEnd, 0);
  },
  create: (duration, type, property) => ({ duration, create: { type, property }, update: { type }, delete: { type, property } }),
  easeInEaseOut(cb) { LayoutAnimation.configureNext({}, cb); },
  linear(cb) { LayoutAnimation.configureNext({}, cb); },
  spring(cb) { LayoutAnimation.configureNext({}, cb); },
};

const appearance = new Emitter();
export const Appearance = {
  getColorScheme: () => 'dark',
  setColorScheme() {},
  addChangeListener: (listener) => appearance.addListener('change', listener),
};
export function useColorScheme() {
  return 'dark';
}

export const AccessibilityInfo = {
  isScreenReaderEnabled: () => Promise.resolve(false),
  isReduceMotionEnabled: () => Promise.resolve(false),
  isBoldTextEnabled: () => Promise.resolve(false),
  isGrayscaleEnabled: () => Promise.resolve(false),
  isInvertColorsEnabled: () => Promise.resolve(false),
  isReduceTransparencyEnabled: () => Promise.resolve(false),
  prefersCrossFadeTransitions: () => Promise.resolve(false),
  addEventListener: () => ({ remove() {} }),
  announceForAccessibility() {},
  announceForAccessibilityWithOptions() {},
  setAccessibilityFocus() {},
  getRecommendedTimeoutMillis: (ms) => Promise.resolve(ms),
};

export const Vibration = { vibrate() {}, cancel() {} };
export const Share = {
  share: () => Promise.resolve({ action: 'dismissedAction' }),
  sharedAction: 'sharedAction',
  dismissedAction: 'dismissedAction',
};
export const Clipboard = { getString: () => Promise.resolve(''), setString() {} };
export const ToastAndroid = {
  SHORT: 0, LONG: 1, TOP: 0, BOTTOM: 1, CENTER: 2,
  show(message) { console.info('Toast: ' + message); },
  showWithGravity(message) { console.info('Toast: ' + message); },
  showWithGravityAndOffset(message) { console.info('Toast: ' + message); },
};
export const PermissionsAndroid = {
  PERMISSIONS: new Proxy({}, { get: (_, name) => 'android.permission.' + String(name) }),
  RESULTS: { GRANTED: 'granted', DENIED: 'denied', NEVER_ASK_AGAIN: 'never_ask_again' },
  check: () => Promise.resolve(false),
  request: () => Promise.resolve('denied'),
  requestMultiple: (list) => Promise.resolve(Object.fromEntries((list || []).map((p) => [p, 'denied']))),
};
export const DevSettings = { addMenuItem() {}, reload() {} };
export const Settings = { get: () => undefined, set() {}, watchKeys: () => 0, clearWatch() {} };
export const Systrace = { beginEvent() {}, endEvent() {}, beginAsyncEvent() {}, endAsyncEvent() {}, counterEvent() {}, isEnabled: () => false };

export const PanResponder = {
  create(config) {
    // No touch input on a TV: the handlers exist and are never called.
    return { panHandlers: {}, config };
  },
};

/** The node handle of a host node or a ref to one (its bus id), or null. */
export function findNodeHandle(ref) {
  const node = resolveNode(ref);
  return node === null ? null : node.id;
}

export const UIManager = {
  measure(handle, callback) { resolveNode(handle)?.measure(callback); },
  measureInWindow(handle, callback) { resolveNode(handle)?.measureInWindow(callback); },
  measureLayout(handle, relativeTo, onFail, onSuccess) { resolveNode(handle)?.measureLayout(relativeTo, onSuccess, onFail); },
  focus() {},
  blur() {},
  setLayoutAnimationEnabledExperimental() {},
  configureNextLayoutAnimation(config, done) { if (typeof done === 'function') setTimeout(done, 0); },
  dispatchViewManagerCommand() {},
  getViewManagerConfig: () => null,
  hasViewManagerConfig: () => false,
  updateView() {},
};

/** NativeModules: no native module exists here; any name reads as undefined, as a missing module does in React Native. */
export const NativeModules = {};
export const TurboModuleRegistry = {
  get: () => null,
  getEnforcing(name) {
    throw new Error('TurboModuleRegistry.getEnforcing("' + name + '"): no native modules exist in a Bridge bundle');
  },
};

export function requireNativeComponent(name) {
  warnOnce('requireNativeComponent("' + name + '"): native components render as a View here');
  return 'View';
}

export function processColor(color) {
  if (color === null || color === undefined) return color;
  const c = normalizeColor(color, 'processColor');
  if (typeof c !== 'string') return null;
  const m = /^#([0-9a-f]{6})([0-9a-f]{2})?$/i.exec(c);
  if (m) return ((parseInt(m[2] ?? 'ff', 16) << 24) | parseInt(m[1], 16)) >>> 0;
  return null;
}

export function PlatformColor(...names) {
  warnOnce('PlatformColor(' + names.join(', ') + '): platform colours resolve to transparent here');
  return 'transparent';
}
export function DynamicColorIOS(tuple) {
  return tuple.dark ?? tuple.light;
}

export const unstable_batchedUpdates = batched;

export { DeviceEventEmitter };
export const NativeAppEventEmitter = DeviceEventEmitter;
