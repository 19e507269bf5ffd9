// UTF-8 TextEncoder/TextDecoder for engines without them (both V8-in-ClearScript and Jint lack them);
// @msgpack/msgpack uses them for long strings.

function encodeInto(str, dest) {
  let read = 0;
  let written = 0;
  const length = str.length;
  while (read < length) {
    let code = str.charCodeAt(read);
    let units = 1;
    if (code >= 0xd800 && code <= 0xdbff && read + 1 < length) {
      const low = str.charCodeAt(read + 1);
      if ((low & 0xfc00) === 0xdc00) {
        code = ((code & 0x3ff) << 10) + (low & 0x3ff) + 0x10000;
        units = 2;
      }
    }
    if (code >= 0xd800 && code <= 0xdfff) code = 0xfffd;
    const size = code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    if (written + size > dest.length) break;
    if (size === 1) {
      dest[written++] = code;
    } else if (size === 2) {
      dest[written++] = 0xc0 | (code >> 6);
      dest[written++] = 0x80 | (code & 0x3f);
    } else if (size === 3) {
      dest[written++] = 0xe0 | (code >> 12);
      dest[written++] = 0x80 | ((code >> 6) & 0x3f);
      dest[written++] = 0x80 | (code & 0x3f);
    } else {
      dest[written++] = 0xf0 | (code >> 18);
      dest[written++] = 0x80 | ((code >> 12) & 0x3f);
      dest[written++] = 0x80 | ((code >> 6) & 0x3f);
      dest[written++] = 0x80 | (code & 0x3f);
    }
    read += units;
  }
  return { read, written };
}

class TextEncoderPolyfill {
  get encoding() {
    return 'utf-8';
  }

  encode(str = '') {
    const buffer = new Uint8Array(str.length * 3);
    return buffer.slice(0, encodeInto(String(str), buffer).written);
  }

  encodeInto(str, dest) {
    return encodeInto(String(str), dest);
  }
}

class TextDecoderPolyfill {
  get encoding() {
    return 'utf-8';
  }

  decode(bytes) {
    if (bytes === undefined) return '';
    const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes.buffer ?? bytes);
    let out = '';
    let chunk = [];
    for (let i = 0; i < view.length;) {
      const b = view[i++];
      let code;
      if (b < 0x80) code = b;
      else if (b >= 0xc0 && b < 0xe0) code = ((b & 0x1f) << 6) | (view[i++] & 0x3f);
      else if (b >= 0xe0 && b < 0xf0) code = ((b & 0x0f) << 12) | ((view[i++] & 0x3f) << 6) | (view[i++] & 0x3f);
      else if (b >= 0xf0) {
        code = ((b & 0x07) << 18) | ((view[i++] & 0x3f) << 12) | ((view[i++] & 0x3f) << 6) | (view[i++] & 0x3f);
      } else code = 0xfffd;
      if (code > 0xffff) {
        code -= 0x10000;
        chunk.push(0xd800 | (code >> 10), 0xdc00 | (code & 0x3ff));
      } else {
        chunk.push(code);
      }
      if (chunk.length >= 4096) {
        out += String.fromCharCode.apply(null, chunk);
        chunk = [];
      }
    }
    return out + String.fromCharCode.apply(null, chunk);
  }
}

/** Installs TextEncoder/TextDecoder when the engine has none. */
export function installText(g) {
  if (typeof g.TextEncoder === 'undefined') g.TextEncoder = TextEncoderPolyfill;
  if (typeof g.TextDecoder === 'undefined') g.TextDecoder = TextDecoderPolyfill;
}
