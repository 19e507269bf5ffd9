// Host nodes: what the reconciler creates for View, Text and Image. A node becomes visible to the host
// (CreateNode + props + children) only when a commit attaches it, so a render React throws away never
// reaches the wire and a drained batch always describes a complete tree.

import { OP, WIDGET } from '../wire/codes.js';
import { emit } from '../wire/outbox.js';
import { initialWireProps } from './props.js';

let nextNodeId = 1;
const nodesById = new Map();

/** Looks a committed node up by id; undefined when it was deleted or never committed. */
export function findNode(id) {
  return nodesById.get(id);
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
  }

  /** The node's testID, or its type and id, for messages. */
  describe() {
    return '<' + this.type + (this.props.testID ? ' testID="' + this.props.testID + '"' : '') + '> #' + this.id
      + ' of page "' + this.root.pageName + '"';
  }

  /** RN-style measure: calls back with the last layout box (x, y, width, height, pageX, pageY). */
  measure(callback) {
    const l = this.layout;
    if (l === null) callback(0, 0, 0, 0, 0, 0); else callback(l.x, l.y, l.width, l.height, l.x, l.y);
  }
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
  node.parent = null;
}

/** Wire id of a parent: 0 stands for the batch's page root. */
export function parentWireId(parent) {
  return parent instanceof HostNode ? parent.id : 0;
}
