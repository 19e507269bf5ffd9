// @react-navigation/drawer: the active screen beside a drawer menu (drawerContent, or a list of the screens' titles)
// shown while open (always with drawerType 'permanent'). Back closes an open drawer first.

import React, { useEffect, useState } from 'react';
import { screensOf, Screen, Group } from './core.js';
import { useNavigator, renderRoute, makeRoute, initialState } from './navigator.js';
import { View } from '../components/View.js';
import { Text } from '../components/Text.js';
import { Pressable } from '../components/Pressable.js';
import { ScrollView } from '../components/ScrollView.js';
import { BackHandler } from '../apis/tv.js';

function reduce(state, action, names) {
  const p = action.payload ?? {};
  switch (action.type) {
    case 'OPEN_DRAWER': return { ...state, open: true };
    case 'CLOSE_DRAWER': return { ...state, open: false };
    case 'TOGGLE_DRAWER': return { ...state, open: !state.open };
    case 'NAVIGATE':
    case 'JUMP_TO': {
      if (!names.has(p.name)) return null;
      const at = state.routes.findIndex((r) => r.name === p.name);
      const routes = at >= 0 ? state.routes.map((r, i) => (i === at && p.params ? { ...r, params: p.params } : r))
        : [...state.routes, makeRoute(p.name, p.params)];
      return { ...state, routes, index: at >= 0 ? at : routes.length - 1, open: false, history: [...(state.history ?? []), state.index] };
    }
    case 'GO_BACK': {
      if (state.open) return { ...state, open: false };
      const history = state.history ?? [];
      if (history.length === 0) return null;
      return { ...state, index: history[history.length - 1], history: history.slice(0, -1) };
    }
    default:
      return null;
  }
}

export function DrawerContentScrollView(props) {
  return React.createElement(ScrollView, props, props.children);
}

export function DrawerItem({ label, onPress, focused, style, labelStyle, testID }) {
  const text = typeof label === 'function' ? label({ focused, color: '#ffffff' }) : label;
  return React.createElement(Pressable, { onPress, style, testID },
    typeof text === 'string' ? React.createElement(Text, { style: labelStyle }, text) : text);
}

export function DrawerItemList({ state, navigation, descriptors }) {
  return React.createElement(React.Fragment, null, state.routes.map((route, i) =>
    React.createElement(DrawerItem, {
      key: route.key, label: descriptors[route.key]?.options?.title ?? route.name, focused: i === state.index,
      onPress: () => navigation.jumpTo(route.name),
    })));
}

function DrawerNavigator({ children, initialRouteName, screenOptions, drawerContent, defaultStatus }) {
  const screens = screensOf(children, screenOptions);
  const [state, setState] = useState(() => {
    // Every screen is a route from the start (as the drawer lists them); the initial one is shown.
    const first = initialState(screens, initialRouteName, { open: defaultStatus === 'open', history: [] });
    const routes = screens.map((s) => (s.name === first.routes[0].name ? first.routes[0] : makeRoute(s.name, s.initialParams)));
    return { ...first, routes, index: routes.findIndex((r) => r.name === first.routes[0].name) };
  });
  const { navigationFor, parentFocused } = useNavigator({
    screens, initialRouteName, state, setState, reduce,
    canPop: (s) => s.open || (s.history ?? []).length > 0,
    pop: (s) => reduce(s, { type: 'GO_BACK' }, new Set()),
  });
  useEffect(() => {
    if (!state.open) return undefined;
    const sub = BackHandler.addEventListener('hardwareBackPress', () => {
      setState((s) => ({ ...s, open: false }));
      return true;
    });
    return () => sub.remove();
  }, [state.open]);
  const active = state.routes[state.index];
  const navigation = navigationFor(active);
  const options = screens.find((s) => s.name === active.name)?.options ?? {};
  const permanent = options.drawerType === 'permanent';
  const descriptors = Object.fromEntries(state.routes.map((r) => [r.key, { options: screens.find((s) => s.name === r.name)?.options ?? {} }]));
  const content = drawerContent
    ? drawerContent({ state, navigation, descriptors })
    : React.createElement(DrawerItemList, { state, navigation, descriptors });
  const drawer = state.open || permanent
    ? React.createElement(View, { style: [{ width: 280, backgroundColor: '#1c1f26' }, options.drawerStyle] }, content) : null;
  return React.createElement(View, { style: { flex: 1, flexDirection: 'row' } },
    drawer,
    React.createElement(View, { style: { flex: 1 } }, state.routes.map((route, i) =>
      renderRoute(screens, route, navigationFor(route), parentFocused && i === state.index && !state.open, i === state.index))));
}

export function createDrawerNavigator() {
  return { Navigator: DrawerNavigator, Screen, Group };
}
export function useDrawerStatus() {
  return 'closed';
}
export { DrawerActions } from './core.js';
