// @react-navigation/native-stack (and /stack): a stack of screens kept in React; the top one is shown, the others stay
// mounted and hidden. Back pops the stack; with one screen left it goes to the host router's back stack.

import React, { useState } from 'react';
import { screensOf, Screen, Group } from './core.js';
import { useNavigator, renderRoute, makeRoute, initialState } from './navigator.js';

function reduce(state, action, names) {
  const p = action.payload ?? {};
  switch (action.type) {
    case 'NAVIGATE': {
      if (!names.has(p.name)) return null;
      const at = state.routes.findIndex((r) => r.name === p.name);
      if (at >= 0) {
        const routes = state.routes.slice(0, at + 1);
        routes[at] = { ...routes[at], params: p.params ?? routes[at].params };
        return { ...state, routes, index: at };
      }
      return { ...state, routes: [...state.routes, makeRoute(p.name, p.params)], index: state.routes.length };
    }
    case 'PUSH':
      if (!names.has(p.name)) return null;
      return { ...state, routes: [...state.routes, makeRoute(p.name, p.params)], index: state.routes.length };
    case 'REPLACE': {
      if (!names.has(p.name)) return null;
      const routes = state.routes.slice(0, -1).concat([makeRoute(p.name, p.params)]);
      return { ...state, routes, index: routes.length - 1 };
    }
    case 'GO_BACK':
    case 'POP': {
      const count = action.type === 'POP' ? p.count ?? 1 : 1;
      if (state.routes.length <= count) return null;
      const routes = state.routes.slice(0, -count);
      return { ...state, routes, index: routes.length - 1 };
    }
    case 'POP_TO_TOP':
      return { ...state, routes: state.routes.slice(0, 1), index: 0 };
    case 'RESET': {
      const routes = (p.routes ?? []).filter((r) => names.has(r.name)).map((r) => makeRoute(r.name, r.params));
      if (routes.length === 0) return null;
      return { ...state, routes, index: Math.min(p.index ?? routes.length - 1, routes.length - 1) };
    }
    case 'SET_PARAMS': {
      const routes = state.routes.map((r) => (r.key === action.source ? { ...r, params: { ...r.params, ...p.params } } : r));
      return { ...state, routes };
    }
    default:
      return null;
  }
}

function StackNavigator({ children, initialRouteName, screenOptions }) {
  const screens = screensOf(children, screenOptions);
  const [state, setState] = useState(() => initialState(screens, initialRouteName));
  const { navigationFor, parentFocused } = useNavigator({
    screens, initialRouteName, state, setState, reduce,
    canPop: (s) => s.routes.length > 1,
    pop: (s) => ({ ...s, routes: s.routes.slice(0, -1), index: s.routes.length - 2 }),
  });
  return React.createElement(React.Fragment, null, state.routes.map((route, i) =>
    renderRoute(screens, route, navigationFor(route), parentFocused && i === state.index, i === state.index)));
}

export function createNativeStackNavigator() {
  return { Navigator: StackNavigator, Screen, Group };
}
export const createStackNavigator = createNativeStackNavigator;
export const CardStyleInterpolators = {};
export const TransitionPresets = {};
export const HeaderStyleInterpolators = {};
