// bridge-host: the public contract of legacy pages (host components, page registry, navigation, data,
// focus, key names). Importing it installs the engine polyfills and the host's pump.

import './polyfills/install.js';
import { connectHost } from './runtime/pump.js';
import { registerPage } from './runtime/pages.js';
import { navigate, goBack, requestFocus } from './runtime/api.js';
import { fetchData } from './runtime/data.js';

connectHost(globalThis);

/** Host component: a box (layout, background, focus, keys, scrolling). */
export const View = 'View';
/** Host component: a run of text from string and number children. */
export const Text = 'Text';
/** Host component: a picture loaded from `src`. */
export const Image = 'Image';

/** The key names `onKey` handlers receive. */
export const Keys = Object.freeze({ up: 'up', down: 'down', left: 'left', right: 'right', select: 'select', back: 'back' });

export { registerPage, navigate, goBack, fetchData, requestFocus };

// For libraries built on bridge-host (bridge-react-native): keys and focus changes of every page, and host nodes
// from refs or node handles.
export { addKeyListener, addFocusListener } from './runtime/keyListeners.js';
export { resolveNode } from './renderer/nodes.js';
/** The host frame time (ms) of the current pump: what requestAnimationFrame callbacks receive. */
export { getFrameTime as frameTime } from './polyfills/timers.js';
