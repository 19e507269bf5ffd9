// The react-reconciler (0.29, React 18.3) mutation host config: render-phase work builds HostNodes, and
// commit-phase mutations become ops in the page root's batch of this pump.

import { DefaultEventPriority } from 'react-reconciler/constants.js';
import { OP, PROP } from '../wire/codes.js';
import { emit } from '../wire/outbox.js';
import { HostNode, materializeNode, forgetNode, parentWireId, retagNode } from './nodes.js';
import { toWireProps, diffWireProps, warnerFor } from './props.js';
import { textOfChildren } from './text.js';
import { renderingPage, committedPage } from '../runtime/active.js';

let currentEventPriority = DefaultEventPriority;

/** Sets the priority React gives to updates scheduled now (discrete while dispatching input). */
export function setCurrentEventPriority(priority) {
  const previous = currentEventPriority;
  currentEventPriority = priority;
  return previous;
}

function unsupported(what) {
  return () => {
    throw new Error('bridge-host does not support ' + what);
  };
}

function textOf(type, props, root) {
  return type === 'Text' ? textOfChildren(props.children, 'page "' + root.pageName + '"') : '';
}

function insertNode(parent, child, before) {
  const pageRoot = child.root.pageRoot;
  if (!child.materialized) materializeNode(child);
  child.parent = parent;
  emit(pageRoot, [OP.InsertChild, parentWireId(parent), child.id, before === null ? 0 : before.id]);
}

function deleteNode(parent, child) {
  const pageRoot = child.root.pageRoot;
  emit(pageRoot, [OP.RemoveChild, parentWireId(parent), child.id]);
  emit(pageRoot, [OP.DeleteSubtree, child.id]);
  child.parent = null;
}

export const hostConfig = {
  supportsMutation: true,
  supportsPersistence: false,
  supportsHydration: false,
  supportsMicrotasks: true,
  isPrimaryRenderer: true,
  warnsIfNotActing: false,
  noTimeout: -1,

  scheduleTimeout: (fn, ms) => setTimeout(fn, ms),
  cancelTimeout: (id) => clearTimeout(id),
  scheduleMicrotask: (fn) => queueMicrotask(fn),
  getCurrentEventPriority: () => currentEventPriority,

  getRootHostContext: (root) => {
    renderingPage(root);
    return null;
  },
  getChildHostContext: (parentContext) => parentContext,
  getPublicInstance: (instance) => instance,
  prepareForCommit: (root) => {
    renderingPage(root);
    return null;
  },
  resetAfterCommit: (root) => committedPage(root),
  preparePortalMount: unsupported('portals'),

  createInstance(type, props, root) {
    const node = new HostNode(type, root, props, null, textOf(type, props, root));
    node.wire = toWireProps(type, props, warnerFor(root), () => node.describe());
    return node;
  },
  createTextInstance(text, root) {
    throw new Error('bridge-host: text "' + text + '" must be rendered inside a <Text> on page "'
      + root.pageName + '"');
  },
  appendInitialChild(parent, child) {
    child.parent = parent;
    parent.pendingChildren.push(child);
  },
  finalizeInitialChildren: () => false,
  shouldSetTextContent: (type) => type === 'Text',

  prepareUpdate(node, type, oldProps, newProps) {
    const wire = toWireProps(type, newProps, warnerFor(node.root), () => node.describe());
    const changes = diffWireProps(node.wire, wire);
    const text = textOf(type, newProps, node.root);
    // A new handler closure sends nothing on the wire but must still reach node.props (commitUpdate),
    // or events would call the closure of an older render.
    if (changes === null && text === node.text && !handlersChanged(oldProps, newProps)) return null;
    return { wire, changes, text };
  },
  commitUpdate(node, payload, type, oldProps, newProps) {
    retagNode(node, node.props.testID, newProps.testID);
    node.props = newProps;
    node.nativeStyle = null;
    node.wire = payload.wire;
    const pageRoot = node.root.pageRoot;
    if (payload.changes !== null) emit(pageRoot, [OP.UpdateProps, node.id, payload.changes]);
    if (payload.text !== node.text) {
      node.text = payload.text;
      emit(pageRoot, [OP.UpdateText, node.id, payload.text]);
    }
  },
  commitMount: () => {},
  commitTextUpdate: unsupported('raw text instances'),
  resetTextContent: () => {},

  appendChild: (parent, child) => insertNode(parent, child, null),
  appendChildToContainer: (container, child) => insertNode(container, child, null),
  insertBefore: (parent, child, before) => insertNode(parent, child, before),
  insertInContainerBefore: (container, child, before) => insertNode(container, child, before),
  removeChild: (parent, child) => deleteNode(parent, child),
  removeChildFromContainer: (container, child) => deleteNode(container, child),
  clearContainer: () => {},
  detachDeletedInstance: (node) => forgetNode(node),

  hideInstance(node) {
    emit(node.root.pageRoot, [OP.UpdateProps, node.id, [PROP.display, 'none']]);
  },
  unhideInstance(node) {
    emit(node.root.pageRoot, [OP.UpdateProps, node.id, [PROP.display, node.wire.get(PROP.display) ?? null]]);
  },
  hideTextInstance: unsupported('raw text instances'),
  unhideTextInstance: unsupported('raw text instances'),

  getInstanceFromNode: () => null,
  beforeActiveInstanceBlur: () => {},
  afterActiveInstanceBlur: () => {},
  prepareScopeUpdate: () => {},
  getInstanceFromScope: () => null,
};

function handlersChanged(oldProps, newProps) {
  for (const key in newProps) {
    if (typeof newProps[key] === 'function' && newProps[key] !== oldProps[key]) return true;
  }
  for (const key in oldProps) {
    if (typeof oldProps[key] === 'function' && !(key in newProps)) return true;
  }
  return false;
}
