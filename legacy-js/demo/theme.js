// The demo's design tokens and its live theme. The native C# pages use the same values
// (native-ui/Bridge.App/Pages/DemoTheme.cs): keep both in step, or `bridge compare` reports the diff.

import { useSyncExternalStore } from 'react';

export const ACCENT = '#00a8e1';
export const SCREEN = { width: 1280, height: 720 };
export const TILE = { width: 240, height: 135, border: 3, focusScale: 1.08 };
export const GUTTER = 48;

export const THEMES = {
  dark: {
    name: 'dark',
    background: '#0f1115',
    surface: '#1a1e26',
    raised: '#252b36',
    text: '#ffffff',
    textDim: '#8b96a5',
    scrim: 'rgba(15,17,21,0.78)',
  },
  light: {
    name: 'light',
    background: '#f2f4f7',
    surface: '#ffffff',
    raised: '#dde2ea',
    text: '#0f1115',
    textDim: '#4a5566',
    scrim: 'rgba(242,244,247,0.86)',
  },
};

// One theme for every legacy page of the bundle: Settings changes it, the other pages re-render.
let current = THEMES.dark;
const listeners = new Set();

/** Switches the theme of every mounted legacy page ('dark' or 'light'). */
export function setTheme(name) {
  const next = THEMES[name];
  if (next === undefined) throw new Error('setTheme: unknown theme ' + JSON.stringify(name) + ' (dark or light)');
  if (next === current) return;
  current = next;
  listeners.forEach((listener) => listener());
}

function subscribe(listener) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function snapshot() {
  return current;
}

/** The current theme; the component re-renders when it changes. */
export function useTheme() {
  return useSyncExternalStore(subscribe, snapshot, snapshot);
}
