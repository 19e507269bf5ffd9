// A catalog app: react-tv-space-navigation for focus, @react-navigation's native stack for Home → Details.
import React from 'react';
import { NavigationContainer, DarkTheme } from '@react-navigation/native';
import { createNativeStackNavigator } from '@react-navigation/native-stack';
import { SpatialNavigation, Directions } from 'react-tv-space-navigation';
import { RemoteControlManager, RemoteKey } from './remoteControl';
import { SpaceNavHome } from './SpaceNavHome';
import { Details } from './Details';

const DIRECTIONS: Record<RemoteKey, Directions | null> = {
  up: Directions.UP, down: Directions.DOWN, left: Directions.LEFT, right: Directions.RIGHT, enter: Directions.ENTER, back: null,
};

SpatialNavigation.configureRemoteControl({
  remoteControlSubscriber: (callback) => RemoteControlManager.addKeydownListener((key) => callback(DIRECTIONS[key])),
  remoteControlUnsubscriber: (listener) => RemoteControlManager.removeKeydownListener(listener),
});

const Stack = createNativeStackNavigator();

export function SpaceNavApp() {
  return (
    <NavigationContainer theme={DarkTheme}>
      <Stack.Navigator screenOptions={{ headerShown: false }}>
        <Stack.Screen name="Home" component={SpaceNavHome} />
        <Stack.Screen name="Details" component={Details} />
      </Stack.Navigator>
    </NavigationContainer>
  );
}
