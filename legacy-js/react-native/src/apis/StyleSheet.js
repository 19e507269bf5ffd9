// StyleSheet: create returns the styles as given (React Native does the same since 0.66), flatten and compose
// combine them, hairlineWidth is one device pixel.

import { flattenStyle } from '../style/normalize.js';
import { PixelRatio } from './PixelRatio.js';

const absoluteFill = Object.freeze({ position: 'absolute', left: 0, right: 0, top: 0, bottom: 0 });

export const StyleSheet = {
  hairlineWidth: 1 / PixelRatio.get(),
  absoluteFill,
  absoluteFillObject: absoluteFill,
  create(styles) {
    if (styles === null || typeof styles !== 'object') {
      throw new TypeError('StyleSheet.create expects an object of styles, got ' + typeof styles);
    }
    return styles;
  },
  flatten(style) {
    return flattenStyle(style) ?? {};
  },
  compose(a, b) {
    if (a && b) return [a, b];
    return a || b;
  },
  setStyleAttributePreprocessor() {},
};
