import React from 'react';
import { Image, Pressable, StyleSheet, Text, View } from 'react-native';
import { useIsFocused, useRoute, RouteProp } from '@react-navigation/native';
import { Program } from './catalog';

type Params = { Details: { program: Program } };

export function Details() {
  const { params } = useRoute<RouteProp<Params, 'Details'>>();
  const focused = useIsFocused();
  return (
    <View style={styles.screen} testID="details">
      <Image source={params.program.poster} style={styles.poster} />
      <View style={styles.info}>
        <Text testID="details-title" style={styles.title}>{params.program.title}</Text>
        <Text style={styles.meta}>{focused ? 'Now showing' : 'Hidden'}</Text>
        <Pressable testID="play" hasTVPreferredFocus style={({ focused: f }) => [styles.button, f && styles.buttonFocused]}>
          <Text style={styles.buttonText}>Play</Text>
        </Pressable>
      </View>
    </View>
  );
}

const styles = StyleSheet.create({
  screen: { flex: 1, flexDirection: 'row', backgroundColor: '#0b0d10', padding: 64 },
  poster: { width: 480, height: 270, borderRadius: 12 },
  info: { marginLeft: 48, flex: 1 },
  title: { color: '#ffffff', fontSize: 40, fontWeight: '700' },
  meta: { color: '#9aa0aa', fontSize: 20, marginVertical: 16 },
  button: { width: 200, height: 56, borderRadius: 28, backgroundColor: '#2a2f38', alignItems: 'center', justifyContent: 'center' },
  buttonFocused: { backgroundColor: '#f5c518' },
  buttonText: { color: '#ffffff', fontSize: 22 },
});
