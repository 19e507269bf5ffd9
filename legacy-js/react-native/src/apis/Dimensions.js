// Dimensions: the screen is the host's viewport. Until a page has been laid out it is 1280x720 (the host's default
// size); the first layout of a page root updates it (a 'change' event, so useWindowDimensions re-renders).

import { useEffect, useState } from 'react';
import { Emitter } from './events.js';

const emitter = new Emitter();
let window = Object.freeze({ width: 1280, height: 720, scale: 1, fontScale: 1 });

export const Dimensions = {
  get(dim) {
    return window;
  },
  set() {},
  addEventListener(type, handler) {
    return emitter.addListener(type, handler);
  },
  removeEventListener(type, handler) {
    emitter.removeListener(type, handler);
  },
};

/** Records the viewport size a page root was laid out at. */
export function setViewport(width, height) {
  if (width <= 0 || height <= 0 || (width === window.width && height === window.height)) return;
  window = Object.freeze({ width, height, scale: 1, fontScale: 1 });
  emitter.emit('change', { window, screen: window });
}

export function useWindowDimensions() {
  const [dims, setDims] = useState(window);
  useEffect(() => {
    const sub = emitter.addListener('change', (e) => setDims(e.window));
    if (window !== dims) setDims(window);
    return () => sub.remove();
  }, []);
  return dims;
}
