// bridge-react-native: what `react-native` resolves to in a Bridge bundle. React Native for TV (react-native-tvos)
// on bridge-host: the components render host View / Text / Image nodes, the APIs answer from the host (layout,
// keys, frame clock) or stand in honestly. The README lists every export and what it does here.

import { View, SafeAreaView, KeyboardAvoidingView, TVFocusGuideView } from './components/View.js';
import { Text } from './components/Text.js';
import { Image, ImageBackground } from './components/Image.js';
import { ScrollView, TVTextScrollView } from './components/ScrollView.js';
import { FlatList, SectionList, VirtualizedList, VirtualizedSectionList } from './components/FlatList.js';
import { Animated, registerAnimatedComponents, useAnimatedValue } from './animated/index.js';
import { createAnimatedComponent } from './animated/createAnimatedComponent.js';

registerAnimatedComponents({
  View: createAnimatedComponent(View),
  Text: createAnimatedComponent(Text),
  Image: createAnimatedComponent(Image),
  ScrollView: createAnimatedComponent(ScrollView),
  FlatList: createAnimatedComponent(FlatList),
  SectionList: createAnimatedComponent(SectionList),
});

export { View, SafeAreaView, KeyboardAvoidingView, TVFocusGuideView, Text, Image, ImageBackground, ScrollView,
  TVTextScrollView, FlatList, SectionList, VirtualizedList, VirtualizedSectionList, Animated, useAnimatedValue };
export { Pressable, TouchableOpacity, TouchableHighlight, TouchableWithoutFeedback, TouchableNativeFeedback, Button } from './components/Pressable.js';
export { ActivityIndicator, TextInput, Modal, Switch, StatusBar, RefreshControl, InputAccessoryView, DrawerLayoutAndroid } from './components/misc.js';
export { Easing } from './animated/Easing.js';
export { StyleSheet } from './apis/StyleSheet.js';
export { PixelRatio } from './apis/PixelRatio.js';
export { Platform } from './apis/Platform.js';
export { Dimensions, useWindowDimensions } from './apis/Dimensions.js';
export { AppRegistry } from './apis/AppRegistry.js';
export { TVEventHandler, useTVEventHandler, TVEventControl, BackHandler } from './apis/tv.js';
export { NativeEventEmitter } from './apis/events.js';
export {
  I18nManager, Keyboard, Alert, Linking, AppState, LogBox, InteractionManager, LayoutAnimation, Appearance, useColorScheme,
  AccessibilityInfo, Vibration, Share, Clipboard, ToastAndroid, PermissionsAndroid, DevSettings, Settings, Systrace,
  PanResponder, findNodeHandle, UIManager, NativeModules, TurboModuleRegistry, requireNativeComponent, processColor,
  PlatformColor, DynamicColorIOS, unstable_batchedUpdates, DeviceEventEmitter, NativeAppEventEmitter,
} from './apis/misc.js';

/** React Native's root tag context: one root per page here. */
export { RootTagContext } from './apis/rootTag.js';
