// AppRegistry: every registered component is a legacy page under its app key, which a manifest names like any page.
// The page's params arrive as the component's props (React Native's initialProps).

import React from 'react';
import { registerPage } from 'bridge-host';
import { setViewport } from './Dimensions.js';
import { warnOnce } from '../warn.js';

const runnables = new Map();
let wrapperProvider = null;

const rootStyle = { flex: 1, alignSelf: 'stretch' };

function onRootLayout(e) {
  // The page root fills the host's viewport.
  const { width, height } = e.nativeEvent.layout;
  setViewport(width, height);
}

function pageFor(appKey, componentProvider) {
  let Component = null;
  function AppRoot({ params }) {
    if (Component === null) Component = componentProvider();
    const Wrapper = wrapperProvider === null ? null : wrapperProvider({ appKey });
    const app = React.createElement(Component, { ...params });
    return React.createElement('View', { style: rootStyle, onLayout: onRootLayout },
      Wrapper === null ? app : React.createElement(Wrapper, null, app));
  }
  AppRoot.displayName = 'AppRoot(' + appKey + ')';
  return AppRoot;
}

export const AppRegistry = {
  registerComponent(appKey, componentProvider) {
    if (typeof componentProvider !== 'function') {
      throw new TypeError('AppRegistry.registerComponent("' + appKey + '"): expected a function returning the component');
    }
    runnables.set(appKey, componentProvider);
    registerPage(appKey, pageFor(appKey, componentProvider));
    return appKey;
  },
  registerConfig(configs) {
    for (const c of configs) {
      if (c.run) AppRegistry.registerRunnable(c.appKey, c.run); else AppRegistry.registerComponent(c.appKey, c.component);
    }
  },
  registerRunnable(appKey, run) {
    runnables.set(appKey, run);
    warnOnce('AppRegistry.registerRunnable("' + appKey + '"): runnables are kept but never run; register components instead');
    return appKey;
  },
  registerSection(appKey, component) {
    return AppRegistry.registerComponent(appKey, component);
  },
  getAppKeys: () => Array.from(runnables.keys()),
  getSectionKeys: () => Array.from(runnables.keys()),
  getSections: () => Object.fromEntries(runnables),
  getRunnable: (appKey) => runnables.get(appKey),
  getRegistry: () => ({ sections: Array.from(runnables.keys()), runnables: Object.fromEntries(runnables) }),
  setWrapperComponentProvider(provider) {
    wrapperProvider = provider;
  },
  setComponentProviderInstrumentationHook() {},
  setRootViewStyleProvider() {},
  runApplication(appKey) {
    warnOnce('AppRegistry.runApplication("' + appKey + '"): the host mounts pages itself when the router shows them');
  },
  unmountApplicationComponentAtRootTag() {},
  registerHeadlessTask() {},
  registerCancellableHeadlessTask() {},
  startHeadlessTask() {},
  cancelHeadlessTask() {},
};
