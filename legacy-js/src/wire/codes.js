// Wire codes of the bus. This is the only file of the runtime that knows the numbers; it maps the
// generated schema (shared-schema is the source of truth) onto the names the runtime uses.

export const SCHEMA_VERSION = 1;

export const OP = Object.freeze({
  CreateNode: 1,
  DeleteSubtree: 2,
  InsertChild: 3,
  RemoveChild: 4,
  UpdateProps: 5,
  UpdateText: 6,
  MountRoot: 16,
  UnmountRoot: 17,
  Navigate: 18,
  GoBack: 19,
  RequestFocus: 20,
  DataRequest: 21,
  Log: 22,
  Error: 23,
});

export const EVENT = Object.freeze({
  Key: 1,
  Press: 2,
  Focus: 3,
  Blur: 4,
  Layout: 5,
  DataResponse: 6,
  PageMount: 7,
  PageUnmount: 8,
  BatchRejected: 9,
});

export const WIDGET = Object.freeze({ View: 1, Text: 2, Image: 3 });

/** Key codes on the wire, indexed by code; names are what page code sees. */
export const KEY_NAMES = Object.freeze([undefined, 'up', 'down', 'left', 'right', 'select', 'back']);

export const LOG_LEVEL = Object.freeze({ debug: 0, info: 1, warn: 2, error: 3 });

const PROP_NAMES = [
  // layout (Yoga / React Native names)
  'display', 'position', 'direction', 'flexDirection', 'flexWrap', 'justifyContent', 'alignItems',
  'alignSelf', 'alignContent', 'flex', 'flexGrow', 'flexShrink', 'flexBasis', 'width', 'height',
  'minWidth', 'minHeight', 'maxWidth', 'maxHeight', 'aspectRatio', 'overflow',
  'margin', 'marginTop', 'marginRight', 'marginBottom', 'marginLeft', 'marginHorizontal',
  'marginVertical', 'marginStart', 'marginEnd',
  'padding', 'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft', 'paddingHorizontal',
  'paddingVertical', 'paddingStart', 'paddingEnd',
  'borderWidth', 'borderTopWidth', 'borderRightWidth', 'borderBottomWidth', 'borderLeftWidth',
  'borderStartWidth', 'borderEndWidth',
  'top', 'right', 'bottom', 'left', 'start', 'end', 'gap', 'rowGap', 'columnGap',
  // visual
  'backgroundColor', 'color', 'opacity', 'borderRadius', 'borderColor', 'fontSize', 'fontWeight',
  'textAlign', 'lineHeight', 'transform',
  // node props
  'testID', 'focusable', 'scroll', 'numberOfLines', 'src',
  'onPress', 'onFocus', 'onBlur', 'onKey', 'onLayout',
];

/** Prop key codes by name: style keys and node props share one code space. */
export const PROP = Object.freeze(Object.fromEntries(PROP_NAMES.map((name, i) => [name, i + 1])));

/** Node props that are not style keys, sent as-is. */
export const NODE_PROPS = Object.freeze(['testID', 'focusable', 'scroll', 'numberOfLines', 'src']);

/** Handler props: sent as `true` when present, nil when removed. */
export const HANDLER_PROPS = Object.freeze(['onPress', 'onFocus', 'onBlur', 'onKey', 'onLayout']);
