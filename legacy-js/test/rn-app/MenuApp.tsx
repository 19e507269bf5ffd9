// Host focus: a drawer menu plus a stack (@react-navigation), a FlatList of 1,000 items, Touchables.
import React from 'react';
import { FlatList, StyleSheet, Text, TouchableOpacity, View, BackHandler } from 'react-native';
import { NavigationContainer, DrawerActions, useNavigation, useFocusEffect } from '@react-navigation/native';
import { createDrawerNavigator } from '@react-navigation/drawer';
import { createNativeStackNavigator } from '@react-navigation/native-stack';
import { Details } from './Details';

const poster = require('./poster.png');
const ITEMS = Array.from({ length: 1000 }, (_, i) => ({ id: String(i), title: 'Episode ' + (i + 1), poster }));

function Episodes() {
  const navigation = useNavigation<any>();
  useFocusEffect(React.useCallback(() => {
    const sub = BackHandler.addEventListener('hardwareBackPress', () => false);
    return () => sub.remove();
  }, []));
  return (
    <View style={styles.screen} testID="episodes">
      <TouchableOpacity testID="menu-button" style={styles.menu} onPress={() => navigation.dispatch(DrawerActions.openDrawer())}>
        <Text style={styles.text}>Menu</Text>
      </TouchableOpacity>
      <FlatList
        testID="episode-list"
        horizontal
        data={ITEMS}
        keyExtractor={(item) => item.id}
        getItemLayout={(_, index) => ({ length: 220, offset: 220 * index, index })}
        renderItem={({ item, index }) => (
          <TouchableOpacity testID={'ep-' + item.id} hasTVPreferredFocus={index === 0} style={styles.item}
            onPress={() => navigation.navigate('Details', { program: item })}>
            <Text style={styles.text}>{item.title}</Text>
          </TouchableOpacity>
        )}
      />
    </View>
  );
}

const Stack = createNativeStackNavigator();
function EpisodesStack() {
  return (
    <Stack.Navigator screenOptions={{ headerShown: false }}>
      <Stack.Screen name="Episodes" component={Episodes} />
      <Stack.Screen name="Details" component={Details} />
    </Stack.Navigator>
  );
}

function Settings() {
  return <View style={styles.screen} testID="settings"><Text style={styles.text}>Settings</Text></View>;
}

const Drawer = createDrawerNavigator();
export function MenuApp() {
  return (
    <NavigationContainer>
      <Drawer.Navigator screenOptions={{ headerShown: false }}
        drawerContent={({ navigation }) => (
          <View testID="drawer">
            <TouchableOpacity testID="drawer-episodes" hasTVPreferredFocus onPress={() => navigation.navigate('Library')}><Text style={styles.text}>Episodes</Text></TouchableOpacity>
            <TouchableOpacity testID="drawer-settings" onPress={() => navigation.navigate('Settings')}><Text style={styles.text}>Settings</Text></TouchableOpacity>
          </View>
        )}>
        <Drawer.Screen name="Library" component={EpisodesStack} />
        <Drawer.Screen name="Settings" component={Settings} />
      </Drawer.Navigator>
    </NavigationContainer>
  );
}

const styles = StyleSheet.create({
  screen: { flex: 1, backgroundColor: '#101418', padding: 32 },
  menu: { width: 120, height: 48, justifyContent: 'center', marginBottom: 16 },
  item: { width: 200, height: 120, marginRight: 20, backgroundColor: '#22262e', justifyContent: 'center', alignItems: 'center' },
  text: { color: '#ffffff', fontSize: 20 },
});
