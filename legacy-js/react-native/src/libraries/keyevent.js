// react-native-keyevent: the remote's keys as Android key events (keyCode 19-23 for the D-pad, 4 for back), a key
// down then a key up per press, whatever node has focus.

import { addRemoteKeyListener, removeRemoteKeyListeners } from '../apis/tv.js';

const KeyEvent = {
  onKeyDownListener(cb) { removeRemoteKeyListeners('keyDown'); addRemoteKeyListener('keyDown', cb); },
  removeKeyDownListener() { removeRemoteKeyListeners('keyDown'); },
  onKeyUpListener(cb) { removeRemoteKeyListeners('keyUp'); addRemoteKeyListener('keyUp', cb); },
  removeKeyUpListener() { removeRemoteKeyListeners('keyUp'); },
  onKeyMultipleListener() {},
  removeKeyMultipleListener() {},
};

export default KeyEvent;
