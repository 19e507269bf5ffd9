// React Native's unstable_batchedUpdates: React 18 batches every update already.

export function unstable_batchedUpdates(fn, a) {
  return fn(a);
}
