// Catalog home navigated by react-tv-space-navigation: rows of posters, the hero shows the focused programme.
import React, { useState } from 'react';
import { StyleSheet, Text, View } from 'react-native';
import { useNavigation } from '@react-navigation/native';
import type { NativeStackNavigationProp } from '@react-navigation/native-stack';
import {
  SpatialNavigationRoot, SpatialNavigationScrollView, SpatialNavigationVirtualizedList,
  SpatialNavigationFocusableView, DefaultFocus,
} from 'react-tv-space-navigation';
import { ROWS, Program } from './catalog';
import { ProgramTile, TILE_WIDTH, TILE_GAP } from './ProgramTile';

type Stack = { Home: undefined; Details: { program: Program } };

export function SpaceNavHome() {
  const navigation = useNavigation<NativeStackNavigationProp<Stack>>();
  const [focused, setFocused] = useState<Program>(ROWS[0].items[0]);
  return (
    <SpatialNavigationRoot>
      <View style={styles.screen} testID="space-home">
        <Text testID="hero-title" style={styles.hero}>{focused.title}</Text>
        <SpatialNavigationScrollView style={styles.rows}>
          {ROWS.map((row, r) => (
            <View key={row.id} style={styles.row} testID={'row-' + r}>
              <Text style={styles.rowTitle}>{row.title}</Text>
              <DefaultFocus enable={r === 0}>
                <SpatialNavigationVirtualizedList
                  testID={'list-' + r}
                  orientation="horizontal"
                  data={row.items}
                  itemSize={TILE_WIDTH + TILE_GAP}
                  numberOfRenderedItems={10}
                  numberOfItemsVisibleOnScreen={5}
                  renderItem={({ item }: { item: Program }) => (
                    <SpatialNavigationFocusableView
                      onFocus={() => setFocused(item)}
                      onSelect={() => navigation.navigate('Details', { program: item })}>
                      {({ isFocused }) => <ProgramTile program={item} isFocused={isFocused} />}
                    </SpatialNavigationFocusableView>
                  )}
                />
              </DefaultFocus>
            </View>
          ))}
        </SpatialNavigationScrollView>
      </View>
    </SpatialNavigationRoot>
  );
}

const styles = StyleSheet.create({
  screen: { flex: 1, backgroundColor: '#101418', paddingLeft: 48, paddingTop: 24 },
  hero: { color: '#ffffff', fontSize: 32, fontWeight: 'bold', height: 48 },
  rows: { flex: 1 },
  row: { height: 210 },
  rowTitle: { color: '#c0c4cc', fontSize: 20, marginBottom: 8 },
});
