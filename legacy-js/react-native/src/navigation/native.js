// @react-navigation/native on bridge-react-native: NavigationContainer, hooks, actions and themes. See core.js for
// how navigators map onto the host router.

import React, { forwardRef, useEffect, useImperativeHandle, useRef } from 'react';
import { navigate as hostNavigate, goBack as hostGoBack } from 'bridge-host';
import { ThemeProvider, DefaultTheme, NavigationContext, RootCapture } from './core.js';

/** The root of the app's navigators; its ref reaches the innermost navigator's navigation once one has rendered. */
export const NavigationContainer = forwardRef(function NavigationContainer(props, ref) {
  const { children, theme = DefaultTheme, onReady } = props;
  const root = useRef(null);
  const api = {
    navigate: (name, params) => (root.current ? root.current.navigate(name, params) : hostNavigate(name, params ?? {})),
    goBack: () => (root.current ? root.current.goBack() : hostGoBack()),
    canGoBack: () => (root.current ? root.current.canGoBack() : false),
    dispatch: (action) => root.current?.dispatch(action),
    isReady: () => root.current !== null,
    getRootState: () => root.current?.getState(),
    getState: () => root.current?.getState(),
    getCurrentRoute: () => {
      const s = root.current?.getState();
      return s ? s.routes[s.index] : undefined;
    },
    getCurrentOptions: () => ({}),
    resetRoot: (state) => root.current?.reset(state),
    addListener: () => () => {},
    removeListener: () => {},
  };
  useImperativeHandle(ref, () => api);
  useEffect(() => {
    if (typeof onReady === 'function') onReady();
  }, []);
  // A navigator under the container registers itself as the root through this context's `dispatch` capture.
  const capture = {
    dispatch: () => false,
    canGoBack: () => false,
    __register: (navigation) => { root.current = navigation; },
  };
  return React.createElement(ThemeProvider, { value: theme },
    React.createElement(RootCapture.Provider, { value: capture }, children));
});

export function createNavigationContainerRef() {
  const ref = { current: null };
  const call = (name) => (...args) => ref.current?.[name](...args);
  return Object.assign(ref, {
    navigate: call('navigate'), goBack: call('goBack'), canGoBack: () => ref.current?.canGoBack() ?? false,
    dispatch: call('dispatch'), isReady: () => ref.current !== null, getCurrentRoute: () => ref.current?.getCurrentRoute(),
    getRootState: () => ref.current?.getRootState(), resetRoot: call('resetRoot'), addListener: () => () => {},
  });
}

export function useNavigationContainerRef() {
  const ref = useRef(null);
  if (ref.current === null) ref.current = createNavigationContainerRef();
  return ref.current;
}

export function Link({ screen, params, children, style }) {
  const navigation = React.useContext(NavigationContext);
  return React.createElement('Text', { style, onPress: () => navigation?.navigate(screen, params) }, children);
}

export function ServerContainer({ children }) {
  return children;
}

export {
  NavigationContext, NavigationRouteContext, DefaultTheme, DarkTheme, ThemeProvider, useTheme, useNavigation, useRoute,
  useIsFocused, useFocusEffect, useNavigationState, useScrollToTop, useLinkTo, useLinkProps, usePreventRemove,
  getFocusedRouteNameFromRoute, CommonActions, StackActions, DrawerActions,
} from './core.js';
export { createNativeStackNavigator } from './stack.js';
