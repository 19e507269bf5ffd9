// Search: an on-screen keyboard driven by the D-pad, the query, and a grid of results that follows the
// query as it changes. Right from the keyboard's last column enters the results; left from their first
// column returns to the key the viewer left.

import React, { memo, useCallback, useEffect, useRef, useState } from 'react';
import { View, Text, navigate, fetchData, requestFocus } from 'bridge-host';
import { Tile } from './components.jsx';
import { ACCENT, GUTTER, SCREEN, TILE, useTheme } from './theme.js';

export const KEYS = 'abcdefghijklmnopqrstuvwxyz0123456789'.split('').concat(['space', 'del', 'clear']);
export const KEY_COLUMNS = 6;
const RESULT_GAP = 24;
// Room around the results for the focused tile's scale and ring (1.08 x a 240x169 tile grows 10 px a side).
const RESULT_INSET = 12;

/** How many tiles a results grid row of `width` (its box, padding included) holds, as the layout wraps them. */
function resultColumnsFor(width) {
  return Math.max(1, Math.floor((width - 2 * RESULT_INSET + RESULT_GAP) / (TILE.width + RESULT_GAP)));
}

const KEY_LABELS = { space: 'Space', del: 'Del', clear: 'Clear' };

function keyID(key) {
  return 'key-' + key;
}

const Key = memo(function Key({ value, onType, onFocus }) {
  const theme = useTheme();
  const [focused, setFocused] = useState(false);
  const wide = value.length > 1;
  return (
    <View testID={keyID(value)} focusable
          onPress={() => onType(value)}
          onFocus={() => { setFocused(true); onFocus(); }}
          onBlur={() => setFocused(false)}
          style={{
            width: wide ? 120 : 56, height: 56, borderRadius: 6, justifyContent: 'center', alignItems: 'center',
            backgroundColor: focused ? ACCENT : theme.raised,
          }}>
      <Text style={{ color: focused ? '#ffffff' : theme.text, fontSize: wide ? 18 : 22 }}>
        {KEY_LABELS[value] ?? value.toUpperCase()}
      </Text>
    </View>
  );
});

function Search() {
  const theme = useTheme();
  const [query, setQuery] = useState('');
  const [results, setResults] = useState({ query: '', items: [] });
  const keyIndex = useRef(0);
  const resultIndex = useRef(-1);
  // The grid's columns, from its laid-out width (the wrap puts as many tiles in a row as fit).
  const columns = useRef(1);

  useEffect(() => { requestFocus(keyID(KEYS[0])); }, []);

  useEffect(() => {
    let live = true;
    fetchData('search', { query }).then((answer) => { if (live && answer.query === query) setResults(answer); });
    return () => { live = false; };
  }, [query]);

  const type = useCallback((key) => {
    setQuery((q) => {
      if (key === 'del') return q.slice(0, -1);
      if (key === 'clear') return '';
      if (key === 'space') return q.length === 0 || q.endsWith(' ') ? q : q + ' ';
      return q.length < 24 ? q + key : q;
    });
  }, []);

  const moveKey = (key) => {
    const i = keyIndex.current;
    const column = i % KEY_COLUMNS;
    let next = i;
    if (key === 'left' && column > 0) next = i - 1;
    else if (key === 'right' && column < KEY_COLUMNS - 1 && i + 1 < KEYS.length) next = i + 1;
    else if (key === 'right' && results.items.length > 0) { focusResult(0); return; }
    else if (key === 'up' && i - KEY_COLUMNS >= 0) next = i - KEY_COLUMNS;
    else if (key === 'down') next = Math.min(i + KEY_COLUMNS, KEYS.length - 1);
    if (next !== i) requestFocus(keyID(KEYS[next]));
  };

  const focusResult = (index) => {
    resultIndex.current = index;
    requestFocus('result-' + results.items[index].id);
  };

  const moveResult = (key) => {
    const i = resultIndex.current;
    const column = i % columns.current;
    if (key === 'left' && column === 0) { resultIndex.current = -1; requestFocus(keyID(KEYS[keyIndex.current])); return; }
    let next = i;
    if (key === 'left') next = i - 1;
    else if (key === 'right' && column < columns.current - 1) next = i + 1;
    else if (key === 'up') next = i - columns.current;
    else if (key === 'down') next = i + columns.current;
    if (next >= 0 && next < results.items.length) focusResult(next);
  };

  const onKey = (e) => {
    if (e.key === 'select' || e.key === 'back') return false;
    if (resultIndex.current >= 0) moveResult(e.key);
    else moveKey(e.key);
    return true;
  };
  const open = useCallback((item) => navigate('details', { id: item.id }), []);

  const label = query.length === 0
    ? 'Type a title, or a word of one'
    : results.items.length === 0 ? 'No titles match "' + query + '"' : 'Top results for "' + query + '"';

  return (
    <View testID="search" onKey={onKey}
          style={{ width: SCREEN.width, height: SCREEN.height, backgroundColor: theme.background, flexDirection: 'row',
                   padding: GUTTER }}>
      <View testID="search-left" style={{ width: 392, flexDirection: 'column' }}>
        <View testID="search-field" style={{ height: 64, borderRadius: 8, backgroundColor: theme.surface, paddingLeft: 20,
                                             justifyContent: 'center', borderWidth: 2, borderColor: theme.raised }}>
          <Text testID="search-query" numberOfLines={1}
                style={{ color: query.length === 0 ? theme.textDim : theme.text, fontSize: 26 }}>
            {query.length === 0 ? 'Search' : query}
          </Text>
        </View>
        <View testID="keyboard" style={{ flexDirection: 'row', flexWrap: 'wrap', width: 392, gap: 8, marginTop: 24 }}>
          {KEYS.map((k, i) => (
            <Key key={k} value={k} onType={type} onFocus={() => { keyIndex.current = i; resultIndex.current = -1; }} />
          ))}
        </View>
      </View>
      <View testID="search-results" style={{ flex: 1, flexDirection: 'column', marginLeft: GUTTER - RESULT_INSET }}>
        <Text testID="results-label" style={{ color: theme.textDim, fontSize: 20, marginLeft: RESULT_INSET }}>{label}</Text>
        <View testID="results-grid" scroll="vertical" onLayout={(e) => { columns.current = resultColumnsFor(e.width); }}
              style={{ flex: 1, flexDirection: 'row', flexWrap: 'wrap', gap: RESULT_GAP, marginTop: 16, paddingTop: 8,
                       paddingBottom: RESULT_INSET, paddingLeft: RESULT_INSET, paddingRight: RESULT_INSET, overflow: 'hidden' }}>
          {results.items.map((item, i) => (
            <Tile key={item.id} testID={'result-' + item.id} item={item} onPress={() => open(item)}
                  onFocus={() => { resultIndex.current = i; }} />
          ))}
        </View>
      </View>
    </View>
  );
}

export default Search;
