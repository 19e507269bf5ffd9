// react-native-video: a video surface placeholder (a dark box). No media is decoded here; while not paused it reports
// progress from the host's frame clock (onLoad, onProgress every progressUpdateInterval ms, onEnd at the duration),
// so player screens' timelines, controls and end handling run.

import React, { forwardRef, useEffect, useImperativeHandle, useRef } from 'react';
import { View } from '../components/View.js';
import { Text } from '../components/Text.js';

const DEFAULT_DURATION_S = 60;

const Video = forwardRef(function Video(props, ref) {
  const { paused = false, rate = 1, progressUpdateInterval = 250, repeat = false, onLoad, onProgress, onEnd, onReadyForDisplay } = props;
  const duration = typeof props.duration === 'number' ? props.duration : DEFAULT_DURATION_S;
  const position = useRef(0);
  const latest = useRef(props);
  latest.current = props;
  useImperativeHandle(ref, () => ({
    seek(seconds) { position.current = Math.max(0, Math.min(duration, seconds)); latest.current.onSeek?.({ currentTime: position.current, seekTime: seconds }); },
    presentFullscreenPlayer() {},
    dismissFullscreenPlayer() {},
    pause() {},
    resume() {},
    save: () => Promise.reject(new Error('react-native-video: save is not available')),
  }));
  useEffect(() => {
    if (typeof onLoad === 'function') onLoad({ currentTime: 0, duration, naturalSize: { width: 1920, height: 1080, orientation: 'landscape' }, canPlayFastForward: false });
    if (typeof onReadyForDisplay === 'function') onReadyForDisplay();
  }, []);
  useEffect(() => {
    if (paused) return undefined;
    const id = setInterval(() => {
      position.current += (progressUpdateInterval / 1000) * rate;
      if (position.current >= duration) {
        position.current = repeat ? 0 : duration;
        latest.current.onEnd?.();
        if (!repeat) clearInterval(id);
        return;
      }
      latest.current.onProgress?.({ currentTime: position.current, playableDuration: duration, seekableDuration: duration });
    }, progressUpdateInterval);
    return () => clearInterval(id);
  }, [paused, rate, progressUpdateInterval, repeat, duration]);
  const uri = props.source && typeof props.source === 'object' ? props.source.uri : undefined;
  return React.createElement(View, { testID: props.testID, style: [{ backgroundColor: '#000000', alignItems: 'center', justifyContent: 'center' }, props.style] },
    React.createElement(Text, { style: { color: '#666666', fontSize: 14 }, numberOfLines: 1 }, uri ? 'video: ' + uri : 'video'));
});

export default Video;
export { Video };
export const ResizeMode = { NONE: 'none', CONTAIN: 'contain', COVER: 'cover', STRETCH: 'stretch' };
export const VideoRef = undefined;
