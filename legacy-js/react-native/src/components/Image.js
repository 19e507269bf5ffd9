// Image: sources are { uri }, strings (what require('./poster.png') gives in a Bridge bundle: a data URL), or arrays of
// them (the first is drawn). The host loads and draws them; onLoad / onLoadEnd fire once the element is mounted
// (the host does not report decode completion), with the source's size unknown (0).

import React, { forwardRef, useEffect } from 'react';
import { normalizeStyle } from '../style/normalize.js';
import { View } from './View.js';
import { warnOnce } from '../warn.js';

function uriOf(source) {
  if (source === null || source === undefined) return undefined;
  if (typeof source === 'string') return source;
  if (Array.isArray(source)) return uriOf(source[0]);
  if (typeof source === 'object' && typeof source.uri === 'string') return source.uri;
  if (typeof source === 'number') warnOnce('Image: numeric asset ids are not resolved here (the build turns require() of images into data URLs)');
  return undefined;
}

function sizeStyle(source) {
  return source && typeof source === 'object' && !Array.isArray(source) && (source.width || source.height)
    ? { width: source.width, height: source.height } : undefined;
}

export const Image = forwardRef(function Image(props, ref) {
  const uri = uriOf(props.source) ?? uriOf(props.src) ?? uriOf(props.defaultSource);
  const { onLoadStart, onLoad, onLoadEnd, onError } = props;
  useEffect(() => {
    if (uri === undefined) {
      if (typeof onError === 'function') onError({ nativeEvent: { error: 'Image has no source' } });
      return;
    }
    if (typeof onLoadStart === 'function') onLoadStart();
    if (typeof onLoad === 'function') onLoad({ nativeEvent: { source: { uri, width: 0, height: 0 } } });
    if (typeof onLoadEnd === 'function') onLoadEnd();
  }, [uri]);
  const host = { style: normalizeStyle([sizeStyle(props.source), props.style]), testID: props.testID ?? props.nativeID, ref };
  if (uri !== undefined) host.src = uri;
  if (typeof props.onLayout === 'function') host.onLayout = props.onLayout;
  if (uri === undefined) return React.createElement('View', host);
  return React.createElement('Image', host);
});

Image.getSize = (uri, success, failure) => {
  if (typeof failure === 'function') queueMicrotask(() => failure(new Error('Image.getSize: image sizes are not known to JS here')));
};
Image.getSizeWithHeaders = Image.getSize;
Image.prefetch = () => Promise.resolve(true);
Image.prefetchWithMetadata = () => Promise.resolve(true);
Image.abortPrefetch = () => {};
Image.queryCache = () => Promise.resolve({});
Image.resolveAssetSource = (source) => {
  const uri = uriOf(source);
  return uri === undefined ? null : { uri, width: 0, height: 0, scale: 1 };
};

const fill = { position: 'absolute', left: 0, top: 0, right: 0, bottom: 0 };

export const ImageBackground = forwardRef(function ImageBackground(props, ref) {
  const { children, style, imageStyle, source, testID, ...rest } = props;
  return React.createElement(View, { style, testID, ref },
    React.createElement(Image, { ...rest, source, style: [fill, imageStyle] }),
    children);
});
