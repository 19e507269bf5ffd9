// What stack and drawer navigators share: the navigation object of a screen, back handling and screen rendering.

import React, { useContext, useEffect, useMemo, useRef } from 'react';
import { navigate as hostNavigate, goBack as hostGoBack } from 'bridge-host';
import { BackHandler } from '../apis/tv.js';
import { View } from '../components/View.js';
import { NavigationContext, NavigationRouteContext, FocusedContext, FocusedContext as Focused, RootCapture, useRouteEvents, useFocusTransitions, routeKey } from './core.js';

/**
 * A navigator over `screens` whose state is { routes, index } (stack) or { routes, index, open } (drawer); `reduce`
 * turns an action into the next state, or null when this navigator cannot handle it (the parent tries, then the host).
 */
export function useNavigator({ screens, initialRouteName, state, setState, reduce, canPop, pop, extra }) {
  const parent = useContext(NavigationContext);
  const parentFocused = useContext(Focused);
  const events = useRouteEvents();
  const names = useMemo(() => new Set(screens.map((s) => s.name)), [screens]);
  const latest = useRef(state);
  latest.current = state;

  const dispatch = (action) => {
    const next = reduce(latest.current, action, names);
    if (next !== null) {
      latest.current = next;
      setState(next);
      return true;
    }
    if (parent !== undefined) return parent.dispatch(action);
    // Outside every navigator: the host router's pages and back stack.
    if (action.type === 'GO_BACK' || action.type === 'POP') hostGoBack();
    else if (action.type === 'NAVIGATE' || action.type === 'PUSH' || action.type === 'JUMP_TO' || action.type === 'REPLACE') hostNavigate(action.payload.name, action.payload.params ?? {});
    return false;
  };

  const navigationFor = (route) => {
    const navigation = {
      dispatch,
      navigate: (name, params) => dispatch(typeof name === 'object' ? { type: 'NAVIGATE', payload: name } : { type: 'NAVIGATE', payload: { name, params } }),
      push: (name, params) => dispatch({ type: 'PUSH', payload: { name, params } }),
      replace: (name, params) => dispatch({ type: 'REPLACE', payload: { name, params } }),
      pop: (count = 1) => dispatch({ type: 'POP', payload: { count } }),
      popToTop: () => dispatch({ type: 'POP_TO_TOP' }),
      goBack: () => dispatch({ type: 'GO_BACK' }),
      reset: (s) => dispatch({ type: 'RESET', payload: s }),
      setParams: (params) => dispatch({ type: 'SET_PARAMS', payload: { params }, source: route.key }),
      setOptions: () => {},
      canGoBack: () => canPop(latest.current) || (parent !== undefined && parent.canGoBack()),
      isFocused: () => parentFocused && latest.current.routes[latest.current.index]?.key === route.key,
      getState: () => latest.current,
      getParent: () => parent,
      getId: () => undefined,
      addListener: (type, fn) => events.add(route.key, type, fn),
      removeListener: () => {},
      openDrawer: () => dispatch({ type: 'OPEN_DRAWER' }),
      closeDrawer: () => dispatch({ type: 'CLOSE_DRAWER' }),
      toggleDrawer: () => dispatch({ type: 'TOGGLE_DRAWER' }),
      jumpTo: (name, params) => dispatch({ type: 'JUMP_TO', payload: { name, params } }),
      ...extra,
    };
    return navigation;
  };

  // Back pops this navigator first (the innermost navigator registers last, so it is asked first).
  useEffect(() => {
    const sub = BackHandler.addEventListener('hardwareBackPress', () => {
      if (!parentFocused || !canPop(latest.current)) return false;
      const next = pop(latest.current);
      latest.current = next;
      setState(next);
      return true;
    });
    return () => sub.remove();
  }, [parentFocused]);

  const focused = state.routes[state.index];
  useFocusTransitions(events, focused && focused.key, parentFocused);
  const capture = useContext(RootCapture);
  if (parent === undefined && capture !== null && focused) capture.__register(navigationFor(focused));
  return { navigationFor, parentFocused, dispatch };
}

/** Renders one route's screen inside its contexts; hidden routes stay mounted (display none), as a stack keeps them. */
export function renderRoute(screens, route, navigation, focused, visible) {
  const screen = screens.find((s) => s.name === route.name);
  if (screen === undefined) return null;
  const content = screen.component
    ? React.createElement(screen.component, { navigation, route })
    : typeof screen.children === 'function' ? screen.children({ navigation, route }) : null;
  return React.createElement(NavigationContext.Provider, { key: route.key, value: navigation },
    React.createElement(NavigationRouteContext.Provider, { value: route },
      React.createElement(FocusedContext.Provider, { value: focused },
        React.createElement(View, { style: visible ? { flex: 1 } : { display: 'none' } }, content))));
}

export function makeRoute(name, params) {
  return { key: routeKey(name), name, params };
}

export function initialState(screens, initialRouteName, extra) {
  const first = screens.find((s) => s.name === initialRouteName) ?? screens[0];
  if (first === undefined) throw new Error('a navigator needs at least one Screen');
  return { routes: [makeRoute(first.name, first.initialParams)], index: 0, ...extra };
}
