// Home: a hero banner and the catalog's rails. Up/down move between the hero and the rails (each rail
// remembers its tile), left/right move inside a rail; the page scrolls vertically to the focused rail.

import React, { useCallback, useEffect, useRef, useState } from 'react';
import { View, Text, Image, navigate, fetchData, requestFocus } from 'bridge-host';
import { Button, Rail, tileID } from './components.jsx';
import { ACCENT, GUTTER, SCREEN, useTheme } from './theme.js';

function Hero({ title }) {
  const theme = useTheme();
  const [button, setButton] = useState(0);
  const onKey = (e) => {
    if (e.key === 'left' && button === 1) { requestFocus('hero-play'); return true; }
    if (e.key === 'right' && button === 0) { requestFocus('hero-details'); return true; }
    return e.key === 'left' || e.key === 'right';
  };
  return (
    <View testID="hero" onKey={onKey} style={{ width: SCREEN.width, height: 400 }}>
      <Image testID="hero-image" src={title.hero} style={{ position: 'absolute', left: 0, top: 0, width: SCREEN.width, height: 400 }} />
      {/* The banner's art has no text: genre and title are text, sharp at any screen size. */}
      <View style={{ position: 'absolute', left: GUTTER + 16, top: 96, width: 640, flexDirection: 'column', alignItems: 'flex-start' }}>
        <View style={{ backgroundColor: ACCENT, borderRadius: 6, paddingLeft: 12, paddingRight: 12, paddingTop: 4, paddingBottom: 4 }}>
          <Text testID="hero-genre" style={{ color: '#ffffff', fontSize: 20, fontWeight: 'bold' }}>{title.genre.toUpperCase()}</Text>
        </View>
        <Text testID="hero-title" numberOfLines={1} style={{ color: '#ffffff', fontSize: 60, fontWeight: 'bold', marginTop: 16 }}>
          {title.title}
        </Text>
        <Text testID="hero-synopsis" numberOfLines={2} style={{ color: theme.text, fontSize: 18, lineHeight: 24, marginTop: 12 }}>
          {title.synopsis}
        </Text>
        <View style={{ flexDirection: 'row', marginTop: 16 }}>
          <Button testID="hero-play" label="Play" onFocus={() => setButton(0)}
                  onPress={() => navigate('player', { id: title.id })} />
          <Button testID="hero-details" label="Details" onFocus={() => setButton(1)}
                  onPress={() => navigate('details', { id: title.id })} />
        </View>
      </View>
    </View>
  );
}

function Home() {
  const theme = useTheme();
  const [rails, setRails] = useState([]);
  const [featured, setFeatured] = useState(null);
  // Row -1 is the hero; rails are 0..n-1. The focused tile of each rail lives in `memory`.
  const row = useRef(-1);
  const memory = useRef({});

  useEffect(() => {
    let live = true;
    Promise.all([fetchData('rails', { page: 'home' }), fetchData('featured', {})]).then(([r, f]) => {
      if (!live) return;
      setRails(r);
      setFeatured(f[0]);
    });
    return () => { live = false; };
  }, []);

  useEffect(() => {
    if (featured !== null) requestFocus('hero-play');
  }, [featured]);

  const focusRow = useCallback((next) => {
    if (next < -1 || next >= rails.length) return;
    row.current = next;
    if (next === -1) {
      requestFocus('hero-play');
      return;
    }
    const rail = rails[next];
    requestFocus(tileID(rail.id, rail.items[memory.current[rail.id] ?? 0].id));
  }, [rails]);

  const onKey = (e) => {
    if (e.key === 'down') { focusRow(row.current + 1); return true; }
    if (e.key === 'up') { focusRow(row.current - 1); return true; }
    return false;
  };
  const onTileFocus = useCallback((railId) => {
    row.current = rails.findIndex((r) => r.id === railId);
  }, [rails]);
  const open = useCallback((item) => navigate('details', { id: item.id }), []);

  return (
    <View testID="home" onKey={onKey}
          style={{ width: SCREEN.width, height: SCREEN.height, backgroundColor: theme.background, flexDirection: 'column' }}>
      <View testID="home-scroll" scroll="vertical" style={{ flex: 1, flexDirection: 'column', overflow: 'hidden', paddingBottom: 48 }}>
        {featured !== null && <Hero title={featured} />}
        {rails.map((rail) => (
          <Rail key={rail.id} id={rail.id} title={rail.title} items={rail.items} memory={memory}
                onOpen={open} onTileFocus={onTileFocus} />
        ))}
      </View>
    </View>
  );
}

export default Home;
