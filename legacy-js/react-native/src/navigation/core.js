// The React Navigation adapter's core: navigation and route contexts, hooks, actions and themes. Navigators (stack,
// drawer) keep their state in React; a screen name no navigator knows goes to the host router (bridge-host's
// navigate), and back with nothing left to pop goes to the router's back stack, so screens and pages share one
// history.

import React, { createContext, useContext, useEffect, useRef, useState } from 'react';

export const NavigationContext = createContext(undefined);
export const NavigationRouteContext = createContext(undefined);
export const FocusedContext = createContext(true);
/** Set by NavigationContainer: the outermost navigator registers its navigation there (for the container's ref). */
export const RootCapture = createContext(null);
const ThemeContext = createContext(undefined);

export const DefaultTheme = {
  dark: false,
  colors: { primary: 'rgb(0, 122, 255)', background: 'rgb(242, 242, 242)', card: 'rgb(255, 255, 255)', text: 'rgb(28, 28, 30)', border: 'rgb(216, 216, 216)', notification: 'rgb(255, 59, 48)' },
  fonts: {
    regular: { fontFamily: 'sans-serif', fontWeight: 'normal' }, medium: { fontFamily: 'sans-serif-medium', fontWeight: 'normal' },
    bold: { fontFamily: 'sans-serif', fontWeight: '600' }, heavy: { fontFamily: 'sans-serif', fontWeight: '700' },
  },
};
export const DarkTheme = {
  ...DefaultTheme,
  dark: true,
  colors: { primary: 'rgb(10, 132, 255)', background: 'rgb(1, 1, 1)', card: 'rgb(18, 18, 18)', text: 'rgb(229, 229, 231)', border: 'rgb(39, 39, 41)', notification: 'rgb(255, 69, 58)' },
};

export const ThemeProvider = ({ value, children }) => React.createElement(ThemeContext.Provider, { value }, children);

export function useTheme() {
  return useContext(ThemeContext) ?? DefaultTheme;
}

export function useNavigation() {
  const navigation = useContext(NavigationContext);
  if (navigation === undefined) {
    throw new Error("Couldn't find a navigation object. Is your component inside NavigationContainer?");
  }
  return navigation;
}

export function useRoute() {
  const route = useContext(NavigationRouteContext);
  if (route === undefined) throw new Error("Couldn't find a route object. Is your component inside a screen in a navigator?");
  return route;
}

export function useIsFocused() {
  return useContext(FocusedContext);
}

/** Runs the effect while the screen is focused; its cleanup runs when the screen loses focus or the effect changes. */
export function useFocusEffect(effect) {
  const focused = useIsFocused();
  useEffect(() => {
    if (!focused) return undefined;
    const cleanup = effect();
    return typeof cleanup === 'function' ? cleanup : undefined;
  }, [focused, effect]);
}

export function useNavigationState(selector) {
  return selector(useNavigation().getState());
}

export function useScrollToTop() {}
export function useLinkTo() {
  return () => {};
}
export function useLinkProps() {
  return { onPress() {} };
}
export function usePreventRemove() {}

export function getFocusedRouteNameFromRoute(route) {
  const state = route && route.state;
  if (state && Array.isArray(state.routes)) return state.routes[state.index ?? state.routes.length - 1]?.name;
  return route && route.params && route.params.screen;
}

export const CommonActions = {
  navigate: (name, params) => (typeof name === 'object' ? { type: 'NAVIGATE', payload: name } : { type: 'NAVIGATE', payload: { name, params } }),
  goBack: () => ({ type: 'GO_BACK' }),
  reset: (state) => ({ type: 'RESET', payload: state }),
  setParams: (params) => ({ type: 'SET_PARAMS', payload: { params } }),
};
export const StackActions = {
  push: (name, params) => ({ type: 'PUSH', payload: { name, params } }),
  pop: (count = 1) => ({ type: 'POP', payload: { count } }),
  popToTop: () => ({ type: 'POP_TO_TOP' }),
  replace: (name, params) => ({ type: 'REPLACE', payload: { name, params } }),
};
export const DrawerActions = {
  openDrawer: () => ({ type: 'OPEN_DRAWER' }),
  closeDrawer: () => ({ type: 'CLOSE_DRAWER' }),
  toggleDrawer: () => ({ type: 'TOGGLE_DRAWER' }),
  jumpTo: (name, params) => ({ type: 'JUMP_TO', payload: { name, params } }),
};

/** The screens declared as children of a navigator (Screen elements, also inside Group and fragments). */
export function screensOf(children, groupOptions) {
  const screens = [];
  React.Children.forEach(children, (child) => {
    if (!React.isValidElement(child)) return;
    if (child.type === Group || child.type === React.Fragment) {
      screens.push(...screensOf(child.props.children, { ...groupOptions, ...child.props.screenOptions }));
    } else if (child.type === Screen) {
      screens.push({ ...child.props, options: { ...groupOptions, ...(typeof child.props.options === 'object' ? child.props.options : null) } });
    }
  });
  return screens;
}

export function Screen() {
  return null;
}
export function Group() {
  return null;
}

let nextKey = 1;
export function routeKey(name) {
  return name + '-' + nextKey++;
}

/** Focus/blur listeners of a navigator's routes, keyed by route key. */
export function useRouteEvents() {
  const listeners = useRef(new Map());
  const add = (key, type, fn) => {
    const id = key + ':' + type;
    if (!listeners.current.has(id)) listeners.current.set(id, new Set());
    listeners.current.get(id).add(fn);
    return () => listeners.current.get(id)?.delete(fn);
  };
  const emit = (key, type, data) => {
    for (const fn of Array.from(listeners.current.get(key + ':' + type) ?? [])) fn({ type, data, target: key });
  };
  return { add, emit };
}

/** Emits focus / blur to routes as the focused route changes. */
export function useFocusTransitions(events, focusedKey, active) {
  const last = useRef(null);
  useEffect(() => {
    const current = active ? focusedKey : null;
    if (last.current === current) return;
    if (last.current !== null) events.emit(last.current, 'blur');
    if (current !== null) events.emit(current, 'focus');
    last.current = current;
  });
}

export function useForceState(initial) {
  return useState(initial);
}
