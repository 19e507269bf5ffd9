// PixelRatio: the host draws in its own pixels, one layout unit each (a TV screen laid out at its pixel size).

export const PixelRatio = {
  get: () => 1,
  getFontScale: () => 1,
  getPixelSizeForLayoutSize: (size) => Math.round(size),
  roundToNearestPixel: (size) => Math.round(size),
  startDetecting() {},
};
