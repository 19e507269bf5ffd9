// Text: string and number children, nested <Text> flattened into one run (spans keep the outer style here).

import React, { forwardRef } from 'react';
import { normalizeStyle } from '../style/normalize.js';
import { warnOnce } from '../warn.js';

function textOf(children) {
  if (children === null || children === undefined || typeof children === 'boolean') return '';
  if (typeof children === 'string') return children;
  if (typeof children === 'number' || typeof children === 'bigint') return String(children);
  if (Array.isArray(children)) return children.map(textOf).join('');
  if (React.isValidElement(children)) {
    if (children.props && 'children' in children.props) return textOf(children.props.children);
    warnOnce('<Text> holds an element that is not text (' + String(children.type && (children.type.displayName || children.type.name || children.type)) + '); it is not drawn');
    return '';
  }
  return String(children);
}

export const Text = forwardRef(function Text(props, ref) {
  const host = { style: normalizeStyle(props.style), testID: props.testID ?? props.nativeID, ref };
  if (typeof props.numberOfLines === 'number' && props.numberOfLines > 0) host.numberOfLines = Math.floor(props.numberOfLines);
  if (typeof props.onLayout === 'function') host.onLayout = props.onLayout;
  return React.createElement('Text', host, textOf(props.children));
});
