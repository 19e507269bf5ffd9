// Details: the title's backdrop behind a veil, title, metadata, a wrapped synopsis, the Play / Add to list / Back buttons and a
// "More like this" rail. Up/down move between the buttons and the rail; each remembers its position.

import React, { useCallback, useEffect, useRef, useState } from 'react';
import { View, Text, Image, navigate, goBack, fetchData, requestFocus } from 'bridge-host';
import { Button, Rail, tileID } from './components.jsx';
import { ACCENT, GUTTER, SCREEN, useTheme } from './theme.js';

const BUTTONS = ['details-play', 'details-list', 'details-back'];

function Details({ params }) {
  const theme = useTheme();
  const id = params && params.id;
  const [title, setTitle] = useState(null);
  const [similar, setSimilar] = useState([]);
  const [onList, setOnList] = useState(false);
  const button = useRef(0);
  const inRail = useRef(false);
  const memory = useRef({});

  useEffect(() => {
    let live = true;
    Promise.all([fetchData('title', { id }), fetchData('similar', { id })]).then(([t, s]) => {
      if (!live) return;
      setTitle(t);
      setSimilar(s);
    });
    return () => { live = false; };
  }, [id]);

  useEffect(() => {
    if (title !== null) requestFocus(BUTTONS[0]);
  }, [title]);

  const onKey = (e) => {
    if (e.key === 'down' && !inRail.current && similar.length > 0) {
      inRail.current = true;
      requestFocus(tileID('similar', similar[memory.current.similar ?? 0].id));
      return true;
    }
    if (e.key === 'up' && inRail.current) {
      inRail.current = false;
      requestFocus(BUTTONS[button.current]);
      return true;
    }
    if (!inRail.current && (e.key === 'left' || e.key === 'right')) {
      const next = button.current + (e.key === 'left' ? -1 : 1);
      if (next >= 0 && next < BUTTONS.length) requestFocus(BUTTONS[next]);
      return true;
    }
    return e.key === 'up' || e.key === 'down';
  };
  const open = useCallback((item) => navigate('details', { id: item.id }), []);
  const onTileFocus = useCallback(() => { inRail.current = true; }, []);

  if (title === null) {
    return <View testID="details" style={{ width: SCREEN.width, height: SCREEN.height, backgroundColor: theme.background }} />;
  }
  return (
    <View testID="details" onKey={onKey}
          style={{ width: SCREEN.width, height: SCREEN.height, backgroundColor: theme.background, flexDirection: 'column' }}>
      {/* The title's picture fills the screen behind a veil; the text sits on it, the rail fills the bottom. */}
      <Image testID="details-backdrop" src={title.backdrop}
             style={{ position: 'absolute', left: 0, top: 0, width: SCREEN.width, height: SCREEN.height }} />
      <View testID="details-scrim"
            style={{ position: 'absolute', left: 0, top: 0, width: SCREEN.width, height: SCREEN.height, backgroundColor: theme.scrim }} />
      <View testID="details-top"
            style={{ flex: 1, flexDirection: 'row', paddingLeft: GUTTER, paddingTop: GUTTER, paddingRight: GUTTER }}>
        <View testID="details-info" style={{ width: 760, flexDirection: 'column' }}>
          <Text testID="details-title" numberOfLines={2} style={{ color: theme.text, fontSize: 48, fontWeight: 'bold' }}>
            {title.title}
          </Text>
          <Text testID="details-meta" style={{ color: theme.textDim, fontSize: 18, marginTop: 12 }}>{title.meta}</Text>
          <Text testID="details-synopsis" numberOfLines={3}
                style={{ color: theme.text, fontSize: 20, lineHeight: 28, marginTop: 16 }}>
            {title.synopsis}
          </Text>
          <View testID="details-buttons" style={{ flexDirection: 'row', marginTop: 24 }}>
            <Button testID="details-play" label="Play" onFocus={() => { button.current = 0; inRail.current = false; }}
                    onPress={() => navigate('player', { id: title.id })} />
            <Button testID="details-list" label={onList ? 'On your list' : 'Add to list'}
                    onFocus={() => { button.current = 1; inRail.current = false; }}
                    onPress={() => setOnList((v) => !v)} />
            <Button testID="details-back" label="Back" width={140}
                    onFocus={() => { button.current = 2; inRail.current = false; }}
                    onPress={() => goBack()} />
          </View>
          {onList && (
            <Text testID="details-on-list" style={{ color: ACCENT, fontSize: 16, marginTop: 12 }}>Added to your watchlist</Text>
          )}
        </View>
      </View>
      <View testID="details-bottom" style={{ paddingBottom: 24 }}>
        <Rail id="similar" title="More like this" items={similar} memory={memory} onOpen={open} onTileFocus={onTileFocus} />
      </View>
    </View>
  );
}

export default Details;
