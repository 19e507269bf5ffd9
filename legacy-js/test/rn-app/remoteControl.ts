// The app's remote-control plumbing, as React Native TV apps write it: TVEventHandler key downs to directions.
import { TVEventHandler, HWEvent } from 'react-native';

export type RemoteKey = 'up' | 'down' | 'left' | 'right' | 'enter' | 'back';
type Listener = (key: RemoteKey) => void;

const MAPPING: Record<string, RemoteKey> = { up: 'up', down: 'down', left: 'left', right: 'right', select: 'enter', back: 'back' };
const listeners: Listener[] = [];

TVEventHandler.addListener((event: HWEvent) => {
  if (!event || event.eventKeyAction !== 0) return;
  const key = MAPPING[event.eventType];
  if (key) listeners.slice().forEach((l) => l(key));
});

export const RemoteControlManager = {
  addKeydownListener(listener: Listener): Listener {
    listeners.push(listener);
    return listener;
  },
  removeKeydownListener(listener: Listener): void {
    const i = listeners.indexOf(listener);
    if (i >= 0) listeners.splice(i, 1);
  },
};
