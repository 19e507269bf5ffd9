// FlatList, VirtualizedList and SectionList. FlatList and VirtualizedList are windowed: they render the items within
// windowSize screens around the item in view (the focused item under host focus, or the scroll offset after scrollTo*),
// with spacers standing in for the rest, so a list of thousands of items costs what its window does. The item length
// comes from getItemLayout, else from the first rendered cells' layout. SectionList renders every item.

import React, { forwardRef, useEffect, useImperativeHandle, useMemo, useRef, useState } from 'react';
import { addFocusListener } from 'bridge-host';
import { ScrollView } from './ScrollView.js';
import { View } from './View.js';

let nextListId = 1;

function defaultKey(item, index) {
  if (item !== null && typeof item === 'object') {
    if (item.key !== undefined) return String(item.key);
    if (item.id !== undefined) return String(item.id);
  }
  return String(index);
}

function renderComponent(C) {
  if (C === null || C === undefined) return null;
  return React.isValidElement(C) ? C : React.createElement(C);
}

/** The list index of the cell a focused node is in, for the list with this id; -1 when it is not in one. */
function cellIndexOf(node, listId) {
  for (let n = node; n !== null && n !== undefined && n.props !== undefined; n = n.parent) {
    const cell = n.props.rnListCell;
    if (cell !== undefined && cell[0] === listId) return cell[1];
  }
  return -1;
}

export const VirtualizedList = forwardRef(function VirtualizedList(props, ref) {
  const {
    data, getItem = (d, i) => d[i], getItemCount = (d) => (d ? d.length : 0), renderItem, keyExtractor = defaultKey,
    horizontal = false, initialNumToRender = 10, windowSize = 21, getItemLayout, ItemSeparatorComponent,
    ListHeaderComponent, ListFooterComponent, ListEmptyComponent, onEndReached, onEndReachedThreshold = 2,
    initialScrollIndex = 0, CellRendererComponent,
  } = props;
  const count = getItemCount(data);
  const listId = useMemo(() => nextListId++, []);
  const scroller = useRef(null);
  const [center, setCenter] = useState(Math.min(initialScrollIndex, Math.max(0, count - 1)));
  const [measured, setMeasured] = useState(null);
  const positions = useRef([]);
  const viewport = useRef(0);
  const endReportedAt = useRef(-1);

  const layoutOf = (index) => (getItemLayout ? getItemLayout(data, index) : null);
  const itemLength = getItemLayout ? (layoutOf(0)?.length ?? 0) : measured ?? 0;
  const perScreen = itemLength > 0 && viewport.current > 0 ? Math.ceil(viewport.current / itemLength) : initialNumToRender;
  const half = Math.max(initialNumToRender, Math.ceil((windowSize * perScreen) / 2));
  const first = Math.max(0, Math.min(center - half, count - 1));
  const last = Math.min(count - 1, Math.max(center + half, initialNumToRender - 1));
  const windowed = itemLength > 0;
  const start = windowed ? first : 0;
  const end = windowed ? last : Math.min(count - 1, Math.max(last, initialNumToRender - 1));

  // The window follows host focus: a focused node inside one of this list's cells recentres it when it nears an edge.
  const range = useRef({ start, end, center });
  range.current = { start, end, center };
  useEffect(() => addFocusListener((node, focused) => {
    if (!focused) return;
    const index = cellIndexOf(node, listId);
    if (index < 0) return;
    const r = range.current;
    if (Math.abs(index - r.center) > Math.max(1, Math.floor(half / 3))) setCenter(index);
  }), [listId, half]);

  useEffect(() => {
    if (typeof onEndReached !== 'function' || count === 0) return;
    const threshold = Math.max(1, Math.ceil(onEndReachedThreshold * perScreen));
    if (end >= count - threshold && endReportedAt.current !== count) {
      endReportedAt.current = count;
      onEndReached({ distanceFromEnd: Math.max(0, count - 1 - end) * itemLength });
    }
  }, [end, count]);

  const offsetOf = (index) => {
    const l = layoutOf(index);
    if (l) return l.offset;
    return index * itemLength;
  };
  const scrollToIndex = ({ index, animated, viewOffset = 0, viewPosition = 0 }) => {
    if (index < 0 || index >= count) throw new Error('scrollToIndex out of range: requested index ' + index + ' but maximum is ' + (count - 1));
    setCenter(index);
    const offset = Math.max(0, offsetOf(index) - viewOffset - viewPosition * (viewport.current - itemLength));
    scroller.current?.scrollTo(horizontal ? { x: offset, animated } : { y: offset, animated });
  };
  const handle = {
    scrollToIndex,
    scrollToItem({ item, animated, viewPosition }) {
      for (let i = 0; i < count; i++) if (getItem(data, i) === item) return scrollToIndex({ index: i, animated, viewPosition });
      return undefined;
    },
    scrollToOffset({ offset, animated }) {
      if (itemLength > 0) setCenter(Math.min(count - 1, Math.floor(offset / itemLength)));
      scroller.current?.scrollTo(horizontal ? { x: offset, animated } : { y: offset, animated });
    },
    scrollToEnd(options) {
      if (count > 0) setCenter(count - 1);
      scroller.current?.scrollToEnd(options);
    },
    recordInteraction() {},
    flashScrollIndicators() {},
    getScrollResponder: () => scroller.current,
    getNativeScrollRef: () => scroller.current?.getNativeScrollRef(),
    getScrollableNode: () => scroller.current?.getScrollableNode(),
    getHostNode: () => scroller.current?.getNativeScrollRef(),
  };
  useImperativeHandle(ref, () => handle);

  const onScroll = (e) => {
    const o = e.nativeEvent.contentOffset;
    const offset = horizontal ? o.x : o.y;
    if (itemLength > 0) setCenter(Math.min(count - 1, Math.max(0, Math.floor(offset / itemLength))));
    if (typeof props.onScroll === 'function') props.onScroll(e);
  };
  const onLayout = (e) => {
    viewport.current = horizontal ? e.nativeEvent.layout.width : e.nativeEvent.layout.height;
    if (typeof props.onLayout === 'function') props.onLayout(e);
  };
  const measureCell = (index) => (e) => {
    const l = e.nativeEvent.layout;
    positions.current[index] = horizontal ? { at: l.x, size: l.width } : { at: l.y, size: l.height };
    const [a, b] = positions.current;
    const length = a && b ? b.at - a.at : a ? a.size : 0;
    if (length > 0 && length !== measured) setMeasured(length);
  };

  const cells = [];
  const spacer = (key, size) => React.createElement('View', { key, style: horizontal ? { width: size } : { height: size } });
  if (windowed && start > 0) cells.push(spacer('$lead', offsetOf(start)));
  for (let i = start; i <= end && i < count; i++) {
    const item = getItem(data, i);
    const key = keyExtractor(item, i);
    const separators = { highlight() {}, unhighlight() {}, updateProps() {} };
    const element = renderItem ? renderItem({ item, index: i, separators }) : null;
    const cellProps = { key, rnListCell: [listId, i] };
    if (!getItemLayout && i < 2) cellProps.onLayout = measureCell(i);
    const cellChildren = [element];
    if (ItemSeparatorComponent && i < count - 1) cellChildren.push(React.createElement(ItemSeparatorComponent, { key: '$sep', leadingItem: item }));
    const Cell = CellRendererComponent ?? 'View';
    cells.push(React.createElement(Cell, Cell === 'View' ? cellProps : { ...cellProps, index: i, item },
      ...cellChildren.map((c, n) => (c && n === 0 ? React.createElement(React.Fragment, { key: '$item' }, c) : c))));
  }
  if (windowed && end < count - 1) cells.push(spacer('$trail', offsetOf(count - 1) + itemLength - offsetOf(end + 1)));
  if (count === 0 && ListEmptyComponent) cells.push(React.createElement(React.Fragment, { key: '$empty' }, renderComponent(ListEmptyComponent)));

  const { style, contentContainerStyle, testID } = props;
  return React.createElement(ScrollView, {
    ref: scroller, horizontal, style, contentContainerStyle, testID, onScroll, onLayout,
    scrollEnabled: props.scrollEnabled,
  },
  ListHeaderComponent ? React.createElement(React.Fragment, { key: '$header' }, renderComponent(ListHeaderComponent)) : null,
  ...cells,
  ListFooterComponent ? React.createElement(React.Fragment, { key: '$footer' }, renderComponent(ListFooterComponent)) : null);
});

export const FlatList = forwardRef(function FlatList(props, ref) {
  const { numColumns = 1, data, keyExtractor = defaultKey, renderItem, columnWrapperStyle } = props;
  if (numColumns <= 1) return React.createElement(VirtualizedList, { ...props, ref });
  const rows = [];
  for (let i = 0; data && i < data.length; i += numColumns) rows.push(data.slice(i, i + numColumns).map((item, n) => ({ item, index: i + n })));
  return React.createElement(VirtualizedList, {
    ...props,
    ref,
    data: rows,
    getItemLayout: undefined,
    keyExtractor: (row) => row.map((c) => keyExtractor(c.item, c.index)).join(':'),
    renderItem: ({ item: row }) => React.createElement(View, { style: [{ flexDirection: 'row' }, columnWrapperStyle] },
      ...row.map((c) => React.createElement(React.Fragment, { key: keyExtractor(c.item, c.index) },
        renderItem({ item: c.item, index: c.index, separators: { highlight() {}, unhighlight() {}, updateProps() {} } })))),
  });
});

export const SectionList = forwardRef(function SectionList(props, ref) {
  const { sections = [], renderItem, renderSectionHeader, renderSectionFooter, keyExtractor = defaultKey, stickySectionHeadersEnabled, ...rest } = props;
  const rows = [];
  sections.forEach((section, s) => {
    if (renderSectionHeader) rows.push({ kind: 'header', section, key: 'h' + s + ':' + (section.key ?? '') });
    (section.data || []).forEach((item, index) => rows.push({ kind: 'item', section, item, index, key: 's' + s + ':' + keyExtractor(item, index) }));
    if (renderSectionFooter) rows.push({ kind: 'footer', section, key: 'f' + s });
  });
  return React.createElement(VirtualizedList, {
    ...rest,
    ref,
    data: rows,
    initialNumToRender: rows.length,
    windowSize: Infinity,
    keyExtractor: (row) => row.key,
    getItemLayout: undefined,
    ItemSeparatorComponent: undefined,
    renderItem: ({ item: row }) => {
      if (row.kind === 'header') return renderSectionHeader({ section: row.section });
      if (row.kind === 'footer') return renderSectionFooter({ section: row.section });
      const render = row.section.renderItem ?? renderItem;
      return render({ item: row.item, index: row.index, section: row.section, separators: { highlight() {}, unhighlight() {}, updateProps() {} } });
    },
  });
});

export const VirtualizedSectionList = SectionList;
