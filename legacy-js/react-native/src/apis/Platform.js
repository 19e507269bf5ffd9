// Platform: an Android TV device (react-native-tvos conventions: isTV true, OS 'android'); bundles resolve
// .tv, then .android, then .native files (see legacy-js/build.mjs).

export const Platform = {
  OS: 'android',
  Version: 34,
  isTV: true,
  isTVOS: false,
  isVision: false,
  isPad: false,
  isTesting: false,
  isDisableAnimations: false,
  constants: Object.freeze({
    Version: 34,
    Release: '14',
    Brand: 'bridge',
    Manufacturer: 'bridge',
    Model: 'Bridge TV',
    uiMode: 'tv',
    isTesting: false,
    reactNativeVersion: Object.freeze({ major: 0, minor: 76, patch: 0, prerelease: null }),
  }),
  /** The value for this platform: tv, then android, then native, then default. */
  select(spec) {
    if (spec === null || typeof spec !== 'object') return undefined;
    if ('tv' in spec) return spec.tv;
    if ('android' in spec) return spec.android;
    if ('native' in spec) return spec.native;
    return spec.default;
  },
};
