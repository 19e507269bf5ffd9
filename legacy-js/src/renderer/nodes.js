// Host nodes: what the reconciler creates for View, Text and Image. A node becomes visible to the host
// (CreateNode + props + children) only when a commit attaches it, so a render React throws away never
// reaches the wire and a drained batch always describes a complete tree.

import { OP, WIDGET } from '../wire/codes.js';
import { emit } from '../wire/outbox.js';
import { initialWireProps, toWireProps, diffWireProps, warnerFor } from './props.js';
import { requestMeasure } from '../runtime/measure.js';

let nextNodeId = 1;
const nodesById = new Map();
// Committed nodes by testID: a node, or an array of the nodes that share one.
const nodesByTestID = new Map();

/** Looks a committed node up by id; undefined when it was deleted or never committed. */
export function findNode(id) {
  return nodesById.get(id);
}

/** The one committed node of a page with this testID; null when there is none, or more than one. */
export function findByTestID(root, testID) {
  const entry = nodesByTestID.get(testID);
  if (entry === undefined) return null;
  if (!Array.isArray(entry)) return entry.root === root ? entry : null;
  let found = null;
  for (let i = 0; i < entry.length; i++) {
    if (entry[i].root !== root) continue;
    if (found !== null) return null;
    found = entry[i];
  }
  return found;
}

function indexTestID(node, testID) {
  if (typeof testID !== 'string') return;
  const entry = nodesByTestID.get(testID);
  if (entry === undefined) nodesByTestID.set(testID, node);
  else if (Array.isArray(entry)) entry.push(node);
  else nodesByTestID.set(testID, [entry, node]);
}

function unindexTestID(node, testID) {
  if (typeof testID !== 'string') return;
  const entry = nodesByTestID.get(testID);
  if (entry === node) nodesByTestID.delete(testID);
  else if (Array.isArray(entry)) {
    const i = entry.indexOf(node);
    if (i >= 0) entry.splice(i, 1);
    if (entry.length === 1) nodesByTestID.set(testID, entry[0]);
  }
}

/** A committed node's testID changed (commitUpdate). */
export function retagNode(node, oldTestID, newTestID) {
  if (oldTestID === newTestID || !node.materialized) return;
  unindexTestID(node, oldTestID);
  indexTestID(node, newTestID);
}

/** Number of committed nodes alive in the runtime (all pages). */
export function liveNodeCount() {
  return nodesById.size;
}

/** A View, Text or Image instance. */
export class HostNode {
  constructor(type, root, props, wire, text) {
    if (WIDGET[type] === undefined) {
      throw new Error('bridge-host: unknown host component <' + type + '> (expected View, Text or Image)');
    }
    this.id = nextNodeId++;
    this.type = type;
    this.root = root;
    this.props = props;
    this.wire = wire;
    this.text = text;
    this.parent = null;
    this.pendingChildren = [];
    this.materialized = false;
    this.layout = null;
    this.nativeStyle = null;
  }

  /** The node's testID, or its type and id, for messages. */
  describe() {
    return '<' + this.type + (this.props.testID ? ' testID="' + this.props.testID + '"' : '') + '> #' + this.id
      + ' of page "' + this.root.pageName + '"';
  }

  /**
   * React Native's measure: asks the host for the node's layout and calls back with (x, y, width, height, pageX,
   * pageY): x and y relative to the parent, pageX and pageY to the screen. Not called for a node that is not on screen.
   */
  measure(callback) {
    requestMeasure(this, null, (box) => {
      if (box !== null) callback(box.x, box.y, box.width, box.height, box.pageX, box.pageY);
    });
  }

  /** React Native's measureInWindow: calls back with (x, y, width, height) on the screen. */
  measureInWindow(callback) {
    requestMeasure(this, null, (box) => {
      if (box !== null) callback(box.pageX, box.pageY, box.width, box.height);
    });
  }

  /**
   * React Native's measureLayout: the node's box relative to `relativeTo` (a host node, a ref to one or a node
   * handle) as onSuccess(left, top, width, height); onFail() when either node is not on screen.
   */
  measureLayout(relativeTo, onSuccess, onFail) {
    const other = resolveNode(relativeTo);
    if (other === null) {
      if (typeof onFail === 'function') queueMicrotask(() => onFail());
      return;
    }
    requestMeasure(this, other, (box) => {
      if (box !== null) onSuccess(box.x, box.y, box.width, box.height);
      else if (typeof onFail === 'function') onFail();
    });
  }

  /**
   * Changes props without a React render (React Native's setNativeProps; what Animated uses): style keys and node
   * props, sent as an UpdateProps of the changed keys. React's props win again at the node's next render.
   */
  setNativeProps(nativeProps) {
    if (nativeProps === null || typeof nativeProps !== 'object') return;
    const merged = Object.assign({}, this.props, nativeProps);
    merged.style = [this.props.style, this.nativeStyle = Object.assign(this.nativeStyle ?? {}, flatStyle(nativeProps.style))];
    const wire = toWireProps(this.type, merged, warnerFor(this.root), () => this.describe());
    const changes = diffWireProps(this.wire, wire);
    this.wire = wire;
    if (changes !== null && this.materialized) emit(this.root.pageRoot, [OP.UpdateProps, this.id, changes]);
  }
}

function flatStyle(style) {
  if (style === null || style === undefined || style === false) return {};
  if (Array.isArray(style)) return Object.assign({}, ...style.map(flatStyle));
  return style;
}

/** A host node from a node, a node handle (id) or an object holding one (a component ref); null when none. */
export function resolveNode(value) {
  if (value instanceof HostNode) return value;
  if (typeof value === 'number') return nodesById.get(value) ?? null;
  if (value !== null && typeof value === 'object' && typeof value.getHostNode === 'function') return resolveNode(value.getHostNode());
  return null;
}

/** Emits CreateNode, initial props, text and children of a node attached by this commit. */
export function materializeNode(node) {
  const pageRoot = node.root.pageRoot;
  emit(pageRoot, [OP.CreateNode, node.id, WIDGET[node.type]]);
  const props = initialWireProps(node.wire);
  if (props !== null) emit(pageRoot, [OP.UpdateProps, node.id, props]);
  if (node.type === 'Text' && node.text !== '') emit(pageRoot, [OP.UpdateText, node.id, node.text]);
  node.materialized = true;
  nodesById.set(node.id, node);
  indexTestID(node, node.props.testID);
  const children = node.pendingChildren;
  node.pendingChildren = null;
  for (let i = 0; i < children.length; i++) {
    const child = children[i];
    if (!child.materialized) materializeNode(child);
    emit(pageRoot, [OP.InsertChild, node.id, child.id, 0]);
  }
}

/** Forgets a node React deleted; events aimed at it are ignored from now on. */
export function forgetNode(node) {
  nodesById.delete(node.id);
  unindexTestID(node, node.props.testID);
  node.parent = null;
}

/** Wire id of a parent: 0 stands for the batch's page root. */
export function parentWireId(parent) {
  return parent instanceof HostNode ? parent.id : 0;
}
