// react-native-screens: screens are plain Views here (navigators keep hidden screens mounted themselves).

import { View } from '../components/View.js';

export function enableScreens() {}
export function enableFreeze() {}
export const Screen = View;
export const ScreenContainer = View;
export const ScreenStack = View;
export const NativeScreen = View;
export const screensEnabled = () => false;
