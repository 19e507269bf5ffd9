// Settings: a list of toggles and choices from the host. Select flips a toggle or moves a choice to its
// next option, left/right step a choice; the theme choice re-themes every page at once.

import React, { memo, useEffect, useRef, useState } from 'react';
import { View, Text, fetchData, requestFocus } from 'bridge-host';
import { ACCENT, GUTTER, SCREEN, setTheme, useTheme } from './theme.js';

function valueText(setting) {
  if (setting.kind === 'toggle') return setting.value ? 'On' : 'Off';
  return setting.id === 'theme' ? (setting.value === 'dark' ? 'Dark' : 'Light') : String(setting.value);
}

const SettingRow = memo(function SettingRow({ setting, onFocus }) {
  const theme = useTheme();
  const [focused, setFocused] = useState(false);
  const on = setting.kind === 'toggle' && setting.value === true;
  return (
    <View testID={'setting-' + setting.id} focusable
          onFocus={() => { setFocused(true); onFocus(); }}
          onBlur={() => setFocused(false)}
          style={{
            flexDirection: 'row', alignItems: 'center', height: 64, paddingLeft: 24, paddingRight: 24, borderRadius: 8,
            // Seen from across a room, in either theme: the focused row fills with the accent.
            marginBottom: 8, backgroundColor: focused ? ACCENT : theme.surface,
            borderWidth: 4, borderColor: focused ? '#ffffff' : 'transparent',
          }}>
      <View style={{ flex: 1, flexDirection: 'column' }}>
        <Text style={{ color: focused ? '#ffffff' : theme.text, fontSize: 22, fontWeight: focused ? 'bold' : 'normal' }}>{setting.label}</Text>
        {setting.description != null && (
          <Text numberOfLines={1} style={{ color: focused ? '#e6f7fd' : theme.textDim, fontSize: 16, marginTop: 2 }}>{setting.description}</Text>
        )}
      </View>
      <View testID={'setting-' + setting.id + '-value'}
            style={{ minWidth: 120, height: 36, borderRadius: 18, justifyContent: 'center', alignItems: 'center',
                     paddingLeft: 16, paddingRight: 16, backgroundColor: focused ? '#ffffff' : on ? ACCENT : theme.raised }}>
        <Text style={{ color: focused ? '#0b5e7e' : on ? '#ffffff' : theme.text, fontSize: 18 }}>
          {setting.kind === 'choice' ? '<  ' + valueText(setting) + '  >' : valueText(setting)}
        </Text>
      </View>
    </View>
  );
});

function Settings() {
  const theme = useTheme();
  const [settings, setSettings] = useState([]);
  const index = useRef(0);

  useEffect(() => {
    let live = true;
    fetchData('settings', {}).then((list) => {
      if (!live) return;
      setSettings(list);
      const themeSetting = list.find((s) => s.id === 'theme');
      if (themeSetting) setTheme(themeSetting.value);
    });
    return () => { live = false; };
  }, []);

  useEffect(() => {
    if (settings.length > 0) requestFocus('setting-' + settings[index.current].id);
  }, [settings.length > 0]); // eslint-disable-line react-hooks/exhaustive-deps

  const change = (setting, step) => {
    let value;
    if (setting.kind === 'toggle') {
      value = !setting.value;
    } else {
      const options = setting.options;
      value = options[(options.indexOf(setting.value) + step + options.length) % options.length];
    }
    // Optimistic: show the new value now, keep the host's answer (it may normalise it).
    setSettings((list) => list.map((s) => (s.id === setting.id ? { ...s, value } : s)));
    if (setting.id === 'theme') setTheme(value);
    fetchData('setting', { id: setting.id, value }).then((saved) => {
      setSettings((list) => list.map((s) => (s.id === saved.id ? saved : s)));
    });
  };

  const onKey = (e) => {
    const current = settings[index.current];
    if (current === undefined) return false;
    if (e.key === 'up' || e.key === 'down') {
      const next = index.current + (e.key === 'up' ? -1 : 1);
      if (next >= 0 && next < settings.length) requestFocus('setting-' + settings[next].id);
      return true;
    }
    if (e.key === 'select') { change(current, 1); return true; }
    if ((e.key === 'left' || e.key === 'right') && current.kind === 'choice') {
      change(current, e.key === 'left' ? -1 : 1);
      return true;
    }
    return e.key === 'left' || e.key === 'right';
  };

  return (
    <View testID="settings" onKey={onKey}
          style={{ width: SCREEN.width, height: SCREEN.height, backgroundColor: theme.background, flexDirection: 'column',
                   paddingLeft: 160, paddingRight: 160, paddingTop: GUTTER }}>
      <Text testID="settings-title" style={{ color: theme.text, fontSize: 36, fontWeight: 'bold', marginBottom: 24 }}>Settings</Text>
      <View testID="settings-list" scroll="vertical" style={{ flex: 1, flexDirection: 'column', overflow: 'hidden' }}>
        {settings.map((s, i) => (
          <SettingRow key={s.id} setting={s} onFocus={() => { index.current = i; }} />
        ))}
      </View>
    </View>
  );
}

export default Settings;
