// The benchmark page: a Home-like grid (5 rails x 10 memoized tiles, ~170 host nodes) whose focus moves with
// the arrow keys, as on a TV; 'select' reverses the focused rail (a keyed reorder of 10 tiles).
import React, { memo, useCallback, useState } from 'react';
import { View, Text, Image, registerPage } from 'bridge-host';

const RAILS = 5;
const TILES = 10;

const Tile = memo(function Tile({ rail, id, focused }) {
  return (
    <View testID={'tile-' + rail + '-' + id} focusable
          style={{ width: 240, height: 135, borderRadius: 8, borderWidth: focused ? 4 : 0,
                   borderColor: focused ? '#ffffff' : '#000000',
                   transform: focused ? [{ scale: 1.1 }] : [] }}>
      <Image src={'poster-' + id + '.png'} style={{ width: 240, height: 135 }} />
      <Text style={{ color: '#ffffff', fontSize: 20 }}>{'Title ' + rail + '.' + id}</Text>
    </View>);
});

function Rail({ rail, items, focusedIndex }) {
  return (
    <View testID={'rail-' + rail} scroll="horizontal" style={{ flexDirection: 'row', gap: 16 }}>
      {items.map((id, i) => <Tile key={id} rail={rail} id={id} focused={i === focusedIndex} />)}
    </View>);
}

function Home() {
  const [focus, setFocus] = useState({ rail: 0, index: 0 });
  const [rails, setRails] = useState(() =>
    Array.from({ length: RAILS }, (_, r) => Array.from({ length: TILES }, (_, t) => r * 100 + t)));
  const onKey = useCallback((e) => {
    switch (e.key) {
      case 'right': setFocus((f) => ({ ...f, index: Math.min(TILES - 1, f.index + 1) })); return true;
      case 'left': setFocus((f) => ({ ...f, index: Math.max(0, f.index - 1) })); return true;
      case 'down': setFocus((f) => ({ ...f, rail: Math.min(RAILS - 1, f.rail + 1) })); return true;
      case 'up': setFocus((f) => ({ ...f, rail: Math.max(0, f.rail - 1) })); return true;
      case 'select':
        setRails((rs) => rs.map((items, r) => (r === focus.rail ? items.slice().reverse() : items)));
        return true;
      default: return false;
    }
  }, [focus.rail]);
  return (
    <View testID="home" focusable onKey={onKey} style={{ flexDirection: 'column', padding: 48, backgroundColor: '#101418' }}>
      {rails.map((items, r) => <Rail key={r} rail={r} items={items} focusedIndex={focus.rail === r ? focus.index : -1} />)}
    </View>);
}
registerPage('bench-home', Home);
