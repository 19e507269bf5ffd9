// Page roots: registerPage stores components; the host's PageMount/PageUnmount events create and tear
// down one reconciler container per page root. Each page renders inside a boundary that turns an
// uncaught render error into an Error op for that page only.

import React from 'react';
import Reconciler from 'react-reconciler';
import { ConcurrentRoot } from 'react-reconciler/constants.js';
import { hostConfig } from '../renderer/hostConfig.js';
import { OP } from '../wire/codes.js';
import { emit, retireOutbox } from '../wire/outbox.js';
import { reportPageError } from './errors.js';
import { enterPage, leavePage, forgetPage, setEffectFlusher, settleEffects } from './active.js';
import { safeString } from '../polyfills/console.js';
import { isDetachedCopy } from './pump.js';

export const reconciler = Reconciler(hostConfig);
setEffectFlusher(() => reconciler.flushPassiveEffects());

const registry = new Map();
const roots = new Map();

/** Registers a page component under a name the host can mount. */
export function registerPage(name, component) {
  if (typeof name !== 'string' || name === '') {
    throw new TypeError('registerPage: name must be a non-empty string, got ' + safeString(name));
  }
  if (typeof component !== 'function' && (component === null || typeof component !== 'object')) {
    throw new TypeError('registerPage("' + name + '"): component must be a function or component object');
  }
  if (isDetachedCopy()) {
    throw new Error('registerPage("' + name + '"): this bundle has its own copy of bridge-host (and React), and the host '
      + 'runs the copy of the first bundle, so it would never find this page; build every page into one bundle (one entry '
      + 'that imports the others), and keep later bundles free of bridge-host');
  }
  registry.set(name, component);
}

/** Names of the registered pages, in registration order. */
export function registeredPages() {
  return Array.from(registry.keys());
}

/** Number of mounted page roots. */
export function mountedPageCount() {
  return roots.size;
}

/** Looks a mounted page root up by its id. */
export function findRoot(pageRoot) {
  return roots.get(pageRoot);
}

class PageBoundary extends React.Component {
  constructor(props) {
    super(props);
    this.state = { failed: false };
  }

  static getDerivedStateFromError() {
    return { failed: true };
  }

  componentDidCatch(error, info) {
    const stack = info && info.componentStack ? info.componentStack : '';
    reportPageError(error, this.props.root, 'uncaught in render' + (stack ? ':' + stack : ''));
  }

  render() {
    return this.state.failed ? null : this.props.children;
  }
}

function onRecoverableError(error) {
  console.warn('bridge-host: recoverable error: ' + safeString(error && error.message ? error.message : error));
}

/** Mounts a registered page on a host page root and renders it synchronously. */
export function mountPage(pageRoot, pageName, params) {
  if (roots.has(pageRoot)) {
    throw new Error('PageMount: page root ' + pageRoot + ' already shows page "' + roots.get(pageRoot).pageName + '"');
  }
  const component = registry.get(pageName);
  if (component === undefined) {
    throw new Error('PageMount: no page registered as "' + pageName + '" (registered: '
      + registeredPages().join(', ') + ')');
  }
  const root = { pageRoot, pageName, warnedStyleKeys: new Set(), fiberRoot: null, faulted: false };
  root.fiberRoot = reconciler.createContainer(root, ConcurrentRoot, null, false, null, 'p' + pageRoot + '-',
    onRecoverableError, null);
  roots.set(pageRoot, root);
  const element = React.createElement(PageBoundary, { root },
    React.createElement(component, { params: params ?? {} }));
  settleEffects();
  const previous = enterPage(root);
  try {
    reconciler.flushSync(() => {
      reconciler.updateContainer(element, root.fiberRoot, null, () => emit(pageRoot, [OP.MountRoot, pageRoot, pageName]));
    });
  } finally {
    leavePage(previous);
  }
}

/** Unmounts the page on a host page root; its batch ends with UnmountRoot. */
export function unmountPage(pageRoot) {
  const root = roots.get(pageRoot);
  if (root === undefined) throw new Error('PageUnmount: no page is mounted on root ' + pageRoot);
  settleEffects();
  const previous = enterPage(root);
  try {
    reconciler.flushSync(() => {
      reconciler.updateContainer(null, root.fiberRoot, null, () => emit(pageRoot, [OP.UnmountRoot, pageRoot]));
    });
  } finally {
    leavePage(previous);
    roots.delete(pageRoot);
    forgetPage(root);
    retireOutbox(pageRoot);
  }
}

/** Marks a page faulted after the host rejected one of its batches, and reports it. */
export function rejectBatch(pageRoot, revision, message) {
  const root = roots.get(pageRoot) ?? null;
  if (root !== null) root.faulted = true;
  reportPageError(new Error('host rejected batch revision ' + revision + ': ' + message), root, 'batch rejected');
}

