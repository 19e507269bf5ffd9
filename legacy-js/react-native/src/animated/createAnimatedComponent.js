// Animated components: props (and style entries, transform entries included) may hold animated nodes. A render
// passes their current values; later changes go straight to the host node as prop updates (setNativeProps), one per
// change, without a React render. Components whose ref is not a host node re-render instead.

import React, { forwardRef, useCallback, useLayoutEffect, useReducer, useRef } from 'react';
import { resolveNode } from 'bridge-host';
import { AnimatedNode } from './nodes.js';
import { normalizeStyle } from '../style/normalize.js';

function collect(value, out) {
  if (value instanceof AnimatedNode) {
    out.push(value);
  } else if (Array.isArray(value)) {
    for (const v of value) collect(v, out);
  } else if (value !== null && typeof value === 'object' && !React.isValidElement(value) && Object.getPrototypeOf(value) === Object.prototype) {
    for (const key in value) collect(value[key], out);
  }
  return out;
}

/** A copy of `value` with every animated node replaced by its current value. */
export function resolveAnimated(value) {
  if (value instanceof AnimatedNode) return value.__getValue();
  if (Array.isArray(value)) return value.map(resolveAnimated);
  if (value !== null && typeof value === 'object' && !React.isValidElement(value) && Object.getPrototypeOf(value) === Object.prototype) {
    const out = {};
    for (const key in value) out[key] = resolveAnimated(value[key]);
    return out;
  }
  return value;
}

const SKIP_PROPS = new Set(['children', 'style']);

export function createAnimatedComponent(Component) {
  const Animated = forwardRef(function AnimatedComponent(props, forwardedRef) {
    const inner = useRef(null);
    const [, forceRender] = useReducer((n) => n + 1, 0);
    const latest = useRef(props);
    latest.current = props;

    const setRef = useCallback((instance) => {
      inner.current = instance;
      if (typeof forwardedRef === 'function') forwardedRef(instance);
      else if (forwardedRef) forwardedRef.current = instance;
    }, [forwardedRef]);

    const nodes = collect(props, []);
    useLayoutEffect(() => {
      if (nodes.length === 0) return undefined;
      const update = () => {
        const host = resolveNode(inner.current);
        if (host === null) {
          forceRender();
          return;
        }
        const current = latest.current;
        const style = normalizeStyle(resolveAnimated(current.style));
        const native = { style: style ?? {} };
        for (const name in current) {
          if (!SKIP_PROPS.has(name) && collect(current[name], []).length > 0) native[name] = resolveAnimated(current[name]);
        }
        host.setNativeProps(native);
      };
      const unobserve = nodes.map((node) => node.__observe(update));
      return () => unobserve.forEach((fn) => fn());
    });

    const resolved = {};
    for (const name in props) resolved[name] = name === 'children' ? props.children : resolveAnimated(props[name]);
    resolved.ref = setRef;
    return React.createElement(Component, resolved);
  });
  Animated.displayName = 'Animated(' + (Component.displayName || Component.name || String(Component)) + ')';
  return Animated;
}

/** Animated.event: maps an event's fields (by the argMapping's shape) onto animated values. */
export function event(argMapping, config) {
  const listener = config && config.listener;
  const apply = (mapping, value) => {
    if (mapping instanceof AnimatedNode) {
      if (typeof value === 'number' && typeof mapping.setValue === 'function') mapping.setValue(value);
      return;
    }
    if (mapping !== null && typeof mapping === 'object' && value !== null && typeof value === 'object') {
      for (const k in mapping) apply(mapping[k], value[k]);
    }
  };
  return (...args) => {
    argMapping.forEach((mapping, i) => apply(mapping, args[i]));
    if (typeof listener === 'function') listener(...args);
  };
}
