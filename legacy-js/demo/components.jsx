// Building blocks shared by the demo pages: tiles, buttons, rails and the focus scale animation.

import React, { memo, useEffect, useState } from 'react';
import { View, Text, Image, requestFocus } from 'bridge-host';
import { ACCENT, TILE, useTheme } from './theme.js';

const SCALE_STEPS = [1.02, 1.04, 1.06, TILE.focusScale];
const FRAME_MS = 16;

/** Animates a scale toward 1.08 while `focused` (one step a frame) and back to 1 when not. */
export function useFocusScale(focused) {
  const [step, setStep] = useState(0);
  const target = focused ? SCALE_STEPS.length : 0;
  useEffect(() => {
    if (step === target) return undefined;
    const timer = setTimeout(() => setStep((s) => s + (s < target ? 1 : -1)), FRAME_MS);
    return () => clearTimeout(timer);
  }, [step, target]);
  return step === 0 ? 1 : SCALE_STEPS[step - 1];
}

/** A poster tile: the artwork in a frame that lights up with the accent colour, and the title below. */
export const Tile = memo(function Tile({ testID, item, onPress, onFocus }) {
  const theme = useTheme();
  const [focused, setFocused] = useState(false);
  const scale = useFocusScale(focused);
  return (
    <View
      testID={testID}
      focusable
      onPress={onPress}
      onFocus={() => { setFocused(true); if (onFocus) onFocus(); }}
      onBlur={() => setFocused(false)}
      style={{ width: TILE.width, flexDirection: 'column', transform: [{ scale }] }}
    >
      <View
        style={{
          width: TILE.width,
          height: TILE.height,
          borderRadius: 8,
          borderWidth: TILE.border,
          borderColor: focused ? ACCENT : 'transparent',
          backgroundColor: theme.surface,
          overflow: 'hidden',
        }}
      >
        <Image src={item.image} style={{ width: TILE.width - 2 * TILE.border, height: TILE.height - 2 * TILE.border }} />
      </View>
      <Text numberOfLines={1} style={{ color: focused ? theme.text : theme.textDim, fontSize: 18, marginTop: 8 }}>
        {item.title}
      </Text>
    </View>
  );
});

/** A focusable text button; filled with the accent colour while focused. */
export const Button = memo(function Button({ testID, label, onPress, onFocus, width }) {
  const theme = useTheme();
  const [focused, setFocused] = useState(false);
  return (
    <View
      testID={testID}
      focusable
      onPress={onPress}
      onFocus={() => { setFocused(true); if (onFocus) onFocus(); }}
      onBlur={() => setFocused(false)}
      style={{
        width: width ?? 200,
        height: 56,
        borderRadius: 8,
        marginRight: 16,
        justifyContent: 'center',
        alignItems: 'center',
        backgroundColor: focused ? ACCENT : theme.raised,
      }}
    >
      <Text style={{ color: focused ? '#ffffff' : theme.text, fontSize: 20, fontWeight: 'bold' }}>{label}</Text>
    </View>
  );
});

/**
 * A titled horizontal rail of tiles. Left/right move along it; the rail remembers its focused tile so
 * that coming back to it (up/down, handled by the page) lands where the viewer left it.
 */
export const Rail = memo(function Rail({ id, title, items, memory, onOpen, onTileFocus }) {
  const theme = useTheme();
  const onKey = (e) => {
    if (e.key !== 'left' && e.key !== 'right') return false;
    const index = memory.current[id] ?? 0;
    const next = e.key === 'left' ? index - 1 : index + 1;
    if (next < 0 || next >= items.length) return true;
    // Where focus is going, not where it is: a second key before the focus moves goes on from there.
    memory.current[id] = next;
    requestFocus(tileID(id, items[next].id));
    return true;
  };
  return (
    <View testID={'rail-' + id} onKey={onKey} style={{ flexDirection: 'column', marginTop: 24, paddingLeft: 48 }}>
      <Text style={{ color: theme.text, fontSize: 24, fontWeight: 'bold' }}>{title}</Text>
      <View
        testID={'rail-' + id + '-row'}
        scroll="horizontal"
        style={{ flexDirection: 'row', gap: 24, marginTop: 12, paddingTop: 8, paddingBottom: 8, width: 1232, overflow: 'hidden' }}
      >
        {items.map((item, index) => (
          <Tile
            key={item.id}
            testID={tileID(id, item.id)}
            item={item}
            onPress={() => onOpen(item)}
            onFocus={() => { memory.current[id] = index; if (onTileFocus) onTileFocus(id, index); }}
          />
        ))}
      </View>
    </View>
  );
});

/** The testID of a tile on a rail (a title may sit on several rails). */
export function tileID(railId, titleId) {
  return 'tile-' + railId + '-' + titleId;
}
