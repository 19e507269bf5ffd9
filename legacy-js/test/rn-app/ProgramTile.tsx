import React, { useEffect, useRef } from 'react';
import { Animated, Image, StyleSheet, Text } from 'react-native';
import { Program } from './catalog';

export const TILE_WIDTH = 200;
export const TILE_GAP = 20;

/** A poster tile that grows when focused (Animated spring on the frame clock). */
export function ProgramTile({ program, isFocused }: { program: Program; isFocused: boolean }) {
  const scale = useRef(new Animated.Value(1)).current;
  useEffect(() => {
    Animated.spring(scale, { toValue: isFocused ? 1.1 : 1, useNativeDriver: true, friction: 8 }).start();
  }, [isFocused, scale]);
  return (
    <Animated.View testID={'tile-' + program.id} style={[styles.tile, isFocused && styles.focused, { transform: [{ scale }] }]}>
      <Image source={program.poster} style={styles.poster} />
      <Text style={styles.title} numberOfLines={1}>{program.title}</Text>
    </Animated.View>
  );
}

const styles = StyleSheet.create({
  tile: { width: TILE_WIDTH, height: 150, borderRadius: 8, backgroundColor: '#22262e', overflow: 'hidden', elevation: 4, shadowColor: '#000' },
  focused: { borderWidth: 3, borderColor: '#f5c518' },
  poster: { width: TILE_WIDTH, height: 112, resizeMode: 'cover' },
  title: { color: '#ffffff', fontSize: 16, paddingHorizontal: 8, paddingTop: 6 },
});
