// ScrollView: a clipping View whose content container moves. The host keeps the focused descendant visible (host
// focus: the `scroll` prop); scrollTo / scrollToEnd move the content by a transform (animated by the host's
// transition) and call onScroll with the new offset, so JS-driven navigation libraries can scroll it.

import React, { forwardRef, useImperativeHandle, useRef, useState } from 'react';
import { resolveNode } from 'bridge-host';
import { viewHostProps } from './hostProps.js';
import { normalizeStyle } from '../style/normalize.js';

const SCROLL_MS = 250;

export const ScrollView = forwardRef(function ScrollView(props, ref) {
  const horizontal = props.horizontal === true;
  const outer = useRef(null);
  const content = useRef(null);
  const [scroll, setScroll] = useState({ x: 0, y: 0, animated: false });
  const sizes = useRef({ content: { width: 0, height: 0 }, viewport: { width: 0, height: 0 } });
  const latest = useRef(props);
  latest.current = props;

  const scrollEvent = (x, y) => ({
    nativeEvent: {
      contentOffset: { x, y },
      contentSize: sizes.current.content,
      layoutMeasurement: sizes.current.viewport,
      contentInset: { top: 0, left: 0, bottom: 0, right: 0 },
      zoomScale: 1,
    },
  });
  const scrollTo = (xOrOptions, yArg, animatedArg) => {
    const o = typeof xOrOptions === 'object' && xOrOptions !== null ? xOrOptions : { x: xOrOptions, y: yArg, animated: animatedArg };
    const x = horizontal ? Math.max(0, Number(o.x) || 0) : 0;
    const y = horizontal ? 0 : Math.max(0, Number(o.y) || 0);
    setScroll({ x, y, animated: o.animated !== false });
    const p = latest.current;
    if (typeof p.onScroll === 'function') p.onScroll(scrollEvent(x, y));
    if (typeof p.onMomentumScrollEnd === 'function') p.onMomentumScrollEnd(scrollEvent(x, y));
  };
  const handle = {
    scrollTo,
    scrollToEnd(options) {
      const { content: c, viewport: v } = sizes.current;
      scrollTo({ x: Math.max(0, c.width - v.width), y: Math.max(0, c.height - v.height), animated: !options || options.animated !== false });
    },
    flashScrollIndicators() {},
    getScrollResponder() { return handle; },
    getScrollableNode() { return resolveNode(outer.current)?.id ?? null; },
    getInnerViewNode() { return content.current; },
    getInnerViewRef() { return content.current; },
    getNativeScrollRef() { return outer.current; },
    getHostNode() { return outer.current; },
    measure(cb) { outer.current?.measure(cb); },
    measureInWindow(cb) { outer.current?.measureInWindow(cb); },
    measureLayout(rel, ok, fail) { outer.current?.measureLayout(rel, ok, fail); },
    setNativeProps(p) { outer.current?.setNativeProps(p); },
    get scrollOffset() { return scroll; },
  };
  useImperativeHandle(ref, () => handle);

  const onLayout = (e) => {
    sizes.current.viewport = { width: e.nativeEvent.layout.width, height: e.nativeEvent.layout.height };
    if (typeof props.onLayout === 'function') props.onLayout(e);
  };
  const onContentLayout = (e) => {
    const { width, height } = e.nativeEvent.layout;
    sizes.current.content = { width, height };
    if (typeof props.onContentSizeChange === 'function') props.onContentSizeChange(width, height);
  };

  const outerStyle = [{ overflow: 'hidden', flexDirection: horizontal ? 'row' : 'column' },
    horizontal ? null : { flexGrow: 1, flexShrink: 1 }, props.style];
  const host = viewHostProps({ ...props, onLayout }, { style: outerStyle });
  host.ref = outer;
  if (props.scrollEnabled !== false) host.scroll = horizontal ? 'horizontal' : 'vertical';

  const move = scroll.x !== 0 || scroll.y !== 0
    ? { transform: [horizontal ? { translateX: -scroll.x } : { translateY: -scroll.y }] } : null;
  const transition = scroll.animated ? { transitionDuration: SCROLL_MS, transitionTimingFunction: 'ease-out' } : null;
  const contentStyle = normalizeStyle([horizontal ? { flexDirection: 'row', alignItems: 'flex-start' } : null,
    { flexShrink: 0 }, props.contentContainerStyle, move, transition]);
  return React.createElement('View', host,
    React.createElement('View', { ref: content, style: contentStyle, onLayout: onContentLayout }, props.children));
});

export const TVTextScrollView = ScrollView;
