// Player overlay: the title's backdrop as the picture, a progress bar that advances on the frame clock,
// rewind / play-pause / forward controls, and an overlay that hides after a few seconds without input.
// Back (the remote's key or the overlay's button) leaves the player.

import React, { memo, useEffect, useRef, useState } from 'react';
import { View, Text, Image, goBack, fetchData, requestFocus } from 'bridge-host';
import { ACCENT, GUTTER, SCREEN } from './theme.js';

const TICK_MS = 100;
const HIDE_AFTER_MS = 3000;
const SEEK_SECONDS = 10;
const CONTROLS = ['player-rewind', 'player-toggle', 'player-forward', 'player-back'];
const BAR_WIDTH = SCREEN.width - 2 * GUTTER;

function clock(seconds) {
  const s = Math.floor(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const pad = (n) => (n < 10 ? '0' + n : String(n));
  return (h > 0 ? h + ':' + pad(m) : String(m)) + ':' + pad(s % 60);
}

const Control = memo(function Control({ testID, label, onPress, onFocus }) {
  const [focused, setFocused] = useState(false);
  return (
    <View testID={testID} focusable onPress={onPress}
          onFocus={() => { setFocused(true); onFocus(); }} onBlur={() => setFocused(false)}
          style={{ height: 56, minWidth: 120, paddingLeft: 20, paddingRight: 20, marginRight: 16, borderRadius: 28,
                   justifyContent: 'center', alignItems: 'center',
                   backgroundColor: focused ? ACCENT : 'rgba(255,255,255,0.16)' }}>
      <Text style={{ color: '#ffffff', fontSize: 20, fontWeight: 'bold' }}>{label}</Text>
    </View>
  );
});

function Player({ params }) {
  const id = params && params.id;
  const [title, setTitle] = useState(null);
  const [position, setPosition] = useState(0);
  const [playing, setPlaying] = useState(true);
  const [visible, setVisible] = useState(true);
  const [idleMs, setIdleMs] = useState(0);
  const control = useRef(1);

  useEffect(() => {
    let live = true;
    fetchData('title', { id }).then((t) => { if (live) setTitle(t); });
    return () => { live = false; };
  }, [id]);

  const duration = title === null ? 0 : title.duration * 60;

  // The frame clock drives both the playback position and the overlay's auto-hide.
  useEffect(() => {
    if (title === null) return undefined;
    const timer = setInterval(() => {
      if (playing) setPosition((p) => Math.min(duration, p + TICK_MS / 1000));
      setIdleMs((ms) => ms + TICK_MS);
    }, TICK_MS);
    return () => clearInterval(timer);
  }, [title, playing, duration]);

  useEffect(() => {
    if (visible && playing && idleMs >= HIDE_AFTER_MS) setVisible(false);
  }, [idleMs, visible, playing]);

  useEffect(() => {
    if (title !== null) requestFocus(CONTROLS[control.current]);
  }, [title]);

  const seek = (delta) => setPosition((p) => Math.max(0, Math.min(duration, p + delta)));

  const onKey = (e) => {
    setIdleMs(0);
    if (e.key === 'back') { goBack(); return true; }
    if (!visible) {
      // The first key only brings the overlay back, as TV players do.
      setVisible(true);
      return true;
    }
    if (e.key === 'left' || e.key === 'right') {
      const next = control.current + (e.key === 'left' ? -1 : 1);
      if (next >= 0 && next < CONTROLS.length) requestFocus(CONTROLS[next]);
      return true;
    }
    return e.key === 'up' || e.key === 'down';
  };

  const progress = duration === 0 ? 0 : position / duration;
  return (
    <View testID="player" onKey={onKey}
          style={{ width: SCREEN.width, height: SCREEN.height, backgroundColor: '#000000' }}>
      {title !== null && (
        // The title's full-screen backdrop is the picture (drawn at the size it is shown, with no text of its own).
        <Image testID="player-picture" src={title.backdrop}
               style={{ position: 'absolute', left: 0, top: 0, width: SCREEN.width, height: SCREEN.height }} />
      )}
      <View testID="player-overlay"
            style={{ position: 'absolute', left: 0, right: 0, bottom: 0, height: 260, opacity: visible ? 1 : 0,
                     backgroundColor: 'rgba(15,17,21,0.82)', paddingLeft: GUTTER, paddingRight: GUTTER, paddingTop: 32,
                     flexDirection: 'column' }}>
        <Text testID="player-title" numberOfLines={1} style={{ color: '#ffffff', fontSize: 32, fontWeight: 'bold' }}>
          {title === null ? '' : title.title}
        </Text>
        <View testID="player-track"
              style={{ width: BAR_WIDTH, height: 6, borderRadius: 3, marginTop: 24, backgroundColor: 'rgba(255,255,255,0.25)' }}>
          <View testID="player-progress"
                style={{ width: Math.round(BAR_WIDTH * progress), height: 6, borderRadius: 3, backgroundColor: ACCENT }} />
        </View>
        <View style={{ flexDirection: 'row', justifyContent: 'space-between', marginTop: 8 }}>
          <Text testID="player-position" style={{ color: '#ffffff', fontSize: 16 }}>{clock(position)}</Text>
          <Text testID="player-duration" style={{ color: '#8b96a5', fontSize: 16 }}>{clock(duration)}</Text>
        </View>
        <View testID="player-controls" style={{ flexDirection: 'row', marginTop: 24 }}>
          <Control testID="player-rewind" label={'-' + SEEK_SECONDS + 's'} onFocus={() => { control.current = 0; }}
                   onPress={() => seek(-SEEK_SECONDS)} />
          <Control testID="player-toggle" label={playing ? 'Pause' : 'Play'} onFocus={() => { control.current = 1; }}
                   onPress={() => setPlaying((p) => !p)} />
          <Control testID="player-forward" label={'+' + SEEK_SECONDS + 's'} onFocus={() => { control.current = 2; }}
                   onPress={() => seek(SEEK_SECONDS)} />
          <Control testID="player-back" label="Back" onFocus={() => { control.current = 3; }} onPress={() => goBack()} />
        </View>
      </View>
    </View>
  );
}

export default Player;
