// How the bundle moves focus, fixed at build time (legacy-js/build.mjs): 'host' (the host's focus system moves focus
// between focusable nodes; React Native's focusable, hasTVPreferredFocus, nextFocus*) or 'js' (a JS spatial
// navigation library moves its own focus from TV key events: no node is focusable for the host).

/* global __BRIDGE_FOCUS_MODE__ */
export const FOCUS_MODE = typeof __BRIDGE_FOCUS_MODE__ === 'string' ? __BRIDGE_FOCUS_MODE__ : 'host';

/** True when the host moves focus (focusable nodes are sent to it). */
export const HOST_FOCUS = FOCUS_MODE !== 'js';
