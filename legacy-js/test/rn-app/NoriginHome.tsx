// A catalog home on @noriginmedia/norigin-spatial-navigation: the app gives Norigin a layout adapter (measure on
// React Native views) and feeds it the remote's keys, as React Native TV apps using Norigin do.
import React, { useEffect, useRef, useState } from 'react';
import { ScrollView, StyleSheet, Text, View } from 'react-native';
import { init, useFocusable, FocusContext, setFocus, navigateByDirection } from '@noriginmedia/norigin-spatial-navigation';
import { ROWS, Program } from './catalog';
import { ProgramTile, TILE_WIDTH, TILE_GAP } from './ProgramTile';
import { RemoteControlManager } from './remoteControl';

type Layout = { x: number; y: number; width: number; height: number; left: number; top: number; right: number; bottom: number; node: any };

class ReactNativeLayoutAdapter {
  private onKeyDown: ((key: string, event: unknown) => void) | undefined;
  private listener: ((key: string) => void) | undefined;
  constructor(_service: unknown) {}
  measureLayout(component: { node: any }): Promise<Layout> {
    return new Promise((resolve) => {
      component.node.measure((_x: number, _y: number, width: number, height: number, pageX: number, pageY: number) => {
        resolve({ x: pageX, y: pageY, width, height, left: pageX, top: pageY, right: pageX + width, bottom: pageY + height, node: component.node });
      });
    });
  }
  addEventListeners({ keyDown }: { keyDown?: (key: any, event: any) => void }) {
    this.onKeyDown = keyDown;
    this.listener = RemoteControlManager.addKeydownListener((key) => {
      if (key !== 'back') this.onKeyDown?.(key, {});
    });
  }
  removeEventListeners() {
    if (this.listener) RemoteControlManager.removeKeydownListener(this.listener);
  }
  blurNode() {}
  focusNode() {}
}

init({ layoutAdapter: ReactNativeLayoutAdapter as any, throttle: 0 });

function Tile({ program, onFocused }: { program: Program; onFocused: (p: Program, layout: any) => void }) {
  const { ref, focused } = useFocusable({ focusKey: 'tile-' + program.id, onFocus: (layout) => onFocused(program, layout) });
  return (
    <View ref={ref} style={{ marginRight: TILE_GAP }}>
      <ProgramTile program={program} isFocused={focused} />
    </View>
  );
}

function Row({ rowIndex, onFocused }: { rowIndex: number; onFocused: (p: Program, layout: any) => void }) {
  const row = ROWS[rowIndex];
  const { ref, focusKey } = useFocusable({ focusKey: 'row-' + rowIndex, saveLastFocusedChild: true, trackChildren: true });
  const scroller = useRef<ScrollView>(null);
  const focusedTile = (program: Program, layout: any) => {
    const index = row.items.indexOf(program);
    scroller.current?.scrollTo({ x: Math.max(0, index - 2) * (TILE_WIDTH + TILE_GAP), animated: true });
    onFocused(program, layout);
  };
  return (
    <FocusContext.Provider value={focusKey}>
      <View ref={ref} style={styles.row} testID={'n-row-' + rowIndex}>
        <Text style={styles.rowTitle}>{row.title}</Text>
        <ScrollView ref={scroller} horizontal testID={'n-list-' + rowIndex}>
          {row.items.map((p) => <Tile key={p.id} program={p} onFocused={focusedTile} />)}
        </ScrollView>
      </View>
    </FocusContext.Provider>
  );
}

export function NoriginHome() {
  const { ref, focusKey } = useFocusable({ focusKey: 'home', trackChildren: true });
  const [hero, setHero] = useState(ROWS[0].items[0].title);
  useEffect(() => {
    setFocus('tile-' + ROWS[0].items[0].id);
  }, []);
  return (
    <FocusContext.Provider value={focusKey}>
      <View ref={ref} style={styles.screen} testID="norigin-home">
        <Text testID="hero-title" style={styles.hero}>{hero}</Text>
        {ROWS.map((row, r) => <Row key={row.id} rowIndex={r} onFocused={(p) => setHero(p.title)} />)}
      </View>
    </FocusContext.Provider>
  );
}

export { navigateByDirection };

const styles = StyleSheet.create({
  screen: { flex: 1, backgroundColor: '#101418', paddingLeft: 48, paddingTop: 24 },
  hero: { color: '#ffffff', fontSize: 32, fontWeight: 'bold', height: 48 },
  row: { height: 210 },
  rowTitle: { color: '#c0c4cc', fontSize: 20, marginBottom: 8 },
});
