// A React Native TV screen with a native C# twin (tests/Bridge.Cli.Tests/Dashboard/SwatchComparison.cs): two
// focusable squares on a dark page, the first in the colour of the design. Written as a React Native team writes it.
import React from 'react';
import { Pressable, StyleSheet, View } from 'react-native';

export function Swatch(): React.JSX.Element {
  return (
    <View testID="swatch" style={styles.page}>
      <Pressable testID="square-a" style={[styles.square, styles.blue]} />
      <Pressable testID="square-b" style={[styles.square, styles.yellow]} />
    </View>
  );
}

const styles = StyleSheet.create({
  page: { width: 1280, height: 720, flexDirection: 'row', padding: 40, gap: 40, backgroundColor: '#101418' },
  square: { width: 200, height: 200 },
  blue: { backgroundColor: '#2e7dd7' },
  yellow: { backgroundColor: '#f2c14e' },
});
