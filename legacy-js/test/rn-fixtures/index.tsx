import React, { useEffect, useRef, useState } from 'react';
import { AppRegistry, Animated, BackHandler, Text, View, useTVEventHandler } from 'react-native';

function Fade() {
  const opacity = useRef(new Animated.Value(0)).current;
  useEffect(() => {
    Animated.timing(opacity, { toValue: 1, duration: 100, useNativeDriver: true }).start();
  }, []);
  return <Animated.View testID="fade" style={{ opacity, transform: [{ translateX: opacity.interpolate({ inputRange: [0, 1], outputRange: [0, 50] }) }] }} />;
}

function Keys() {
  const [last, setLast] = useState('none');
  useTVEventHandler((e) => { if (e.eventKeyAction === 0) setLast(e.eventType); });
  useEffect(() => {
    const sub = BackHandler.addEventListener('hardwareBackPress', () => true);
    return () => sub.remove();
  }, []);
  return <View testID="keys" style={{ shadowColor: 'red' }}><Text testID="last">{last}</Text></View>;
}

AppRegistry.registerComponent('fade', () => Fade);
AppRegistry.registerComponent('keys', () => Keys);
