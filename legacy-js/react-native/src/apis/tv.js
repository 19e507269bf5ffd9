// Remote keys for React Native code: TVEventHandler (both the listener API of react-native-tvos 0.74+ and the
// enable/disable class), useTVEventHandler, BackHandler and react-native-keyevent's listeners all see every key the
// host sends, whether a node has focus (host focus) or not (JS focus). Each press is delivered as Android TV does it: a
// key down (eventKeyAction 0) then a key up (1). Only BackHandler can consume a key (a handler returning true): then the
// host does not go back.

import { useEffect, useRef } from 'react';
import { addKeyListener } from 'bridge-host';
import { Emitter } from './events.js';

const tvListeners = [];
const keyEvents = new Emitter();
const backHandlers = [];

/** Android key codes of the remote's keys (what react-native-keyevent reports). */
export const ANDROID_KEY_CODES = Object.freeze({ up: 19, down: 20, left: 21, right: 22, select: 23, back: 4 });

function tvEventType(key) {
  return key;
}

function deliver(event) {
  const eventType = tvEventType(event.key);
  for (const action of [0, 1]) {
    const tvEvent = { eventType, eventKeyAction: action, tag: undefined, target: undefined, body: undefined };
    for (const listener of tvListeners.slice()) listener(tvEvent);
    const keyEvent = { keyCode: ANDROID_KEY_CODES[event.key], action, pressedKey: event.key, characters: '' };
    keyEvents.emit(action === 0 ? 'keyDown' : 'keyUp', keyEvent);
  }
  if (event.key === 'back') {
    for (let i = backHandlers.length - 1; i >= 0; i--) {
      if (backHandlers[i]() === true) return true;
    }
  }
  return false;
}

addKeyListener(deliver);

/** Subscribes to react-native-keyevent style events ('keyDown', 'keyUp'). */
export function addRemoteKeyListener(type, listener) {
  return keyEvents.addListener(type, listener);
}

export function removeRemoteKeyListeners(type) {
  keyEvents.removeAllListeners(type);
}

function addTvListener(listener) {
  if (typeof listener !== 'function') throw new TypeError('TVEventHandler: listener must be a function');
  tvListeners.push(listener);
  return {
    remove() {
      const i = tvListeners.indexOf(listener);
      if (i >= 0) tvListeners.splice(i, 1);
    },
  };
}

export class TVEventHandler {
  static addListener(listener) {
    return addTvListener(listener);
  }

  enable(component, callback) {
    this.disable();
    this.subscription = addTvListener((event) => callback(component, event));
  }

  disable() {
    if (this.subscription) this.subscription.remove();
    this.subscription = null;
  }
}

export function useTVEventHandler(handler) {
  const latest = useRef(handler);
  latest.current = handler;
  useEffect(() => {
    const sub = addTvListener((event) => latest.current(event));
    return () => sub.remove();
  }, []);
}

/** TVEventControl: the menu key, pan gestures and touch cancelling are platform switches with no effect here. */
export const TVEventControl = {
  enableTVMenuKey() {},
  disableTVMenuKey() {},
  enableTVPanGesture() {},
  disableTVPanGesture() {},
  enableGestureHandlersCancelTouches() {},
  disableGestureHandlersCancelTouches() {},
};

export const BackHandler = {
  addEventListener(type, handler) {
    if (type !== 'hardwareBackPress') return { remove() {} };
    backHandlers.push(handler);
    return { remove: () => BackHandler.removeEventListener(type, handler) };
  },
  removeEventListener(type, handler) {
    const i = backHandlers.lastIndexOf(handler);
    if (i >= 0) backHandlers.splice(i, 1);
  },
  exitApp() {
    console.warn('react-native (bridge): BackHandler.exitApp() does nothing: the host owns the app lifetime');
  },
};
