// Wire codes of the bus as the runtime names them, taken from the generated schema (shared-schema is the
// source of truth; this file only renames, it holds no number of its own).

import {
  SCHEMA_VERSION as GENERATED_SCHEMA_VERSION,
  OP as GENERATED_OP,
  EVENT as GENERATED_EVENT,
  WIDGET as GENERATED_WIDGET,
  KEY_NAME,
  LOG_LEVEL as GENERATED_LOG_LEVEL,
  PROP as GENERATED_PROP,
  PROP_INFO,
} from '../generated/schema.js';

export const SCHEMA_VERSION = GENERATED_SCHEMA_VERSION;

export const OP = Object.freeze({
  CreateNode: GENERATED_OP.CREATE_NODE,
  DeleteSubtree: GENERATED_OP.DELETE_SUBTREE,
  InsertChild: GENERATED_OP.INSERT_CHILD,
  RemoveChild: GENERATED_OP.REMOVE_CHILD,
  UpdateProps: GENERATED_OP.UPDATE_PROPS,
  UpdateText: GENERATED_OP.UPDATE_TEXT,
  MountRoot: GENERATED_OP.MOUNT_ROOT,
  UnmountRoot: GENERATED_OP.UNMOUNT_ROOT,
  Navigate: GENERATED_OP.NAVIGATE,
  GoBack: GENERATED_OP.GO_BACK,
  RequestFocus: GENERATED_OP.REQUEST_FOCUS,
  DataRequest: GENERATED_OP.DATA_REQUEST,
  Log: GENERATED_OP.LOG,
  Error: GENERATED_OP.ERROR,
  KeyHandled: GENERATED_OP.KEY_HANDLED,
  Measure: GENERATED_OP.MEASURE,
});

export const EVENT = Object.freeze({
  Key: GENERATED_EVENT.KEY,
  Press: GENERATED_EVENT.PRESS,
  Focus: GENERATED_EVENT.FOCUS,
  Blur: GENERATED_EVENT.BLUR,
  Layout: GENERATED_EVENT.LAYOUT,
  DataResponse: GENERATED_EVENT.DATA_RESPONSE,
  PageMount: GENERATED_EVENT.PAGE_MOUNT,
  PageUnmount: GENERATED_EVENT.PAGE_UNMOUNT,
  BatchRejected: GENERATED_EVENT.BATCH_REJECTED,
  RootKey: GENERATED_EVENT.ROOT_KEY,
  Measured: GENERATED_EVENT.MEASURED,
});

export const WIDGET = GENERATED_WIDGET;

/** Key names by wire key code; what page code sees in `e.key`. */
export const KEY_NAMES = KEY_NAME;

export const LOG_LEVEL = Object.freeze({
  debug: GENERATED_LOG_LEVEL.DEBUG,
  info: GENERATED_LOG_LEVEL.INFO,
  warn: GENERATED_LOG_LEVEL.WARN,
  error: GENERATED_LOG_LEVEL.ERROR,
});

/** Prop key codes by name: style keys and node props share one code space. */
export const PROP = GENERATED_PROP;

const propNames = Object.keys(PROP);

/** Style keys: the props that may appear inside `style`. */
export const STYLE_KEYS = Object.freeze(propNames.filter((name) => PROP_INFO[PROP[name]].style));

/** Handler props: sent as `true` when present, nil when removed. */
export const HANDLER_PROPS = Object.freeze(propNames.filter((name) => PROP_INFO[PROP[name]].kind === 'Handler'));

/** Node props that are not style keys nor handlers, sent as their value. */
export const NODE_PROPS = Object.freeze(propNames.filter((name) => !PROP_INFO[PROP[name]].style
  && PROP_INFO[PROP[name]].kind !== 'Handler'));
