// EventEmitter-style subscriptions ({ remove() }), as React Native's EventEmitter returns them.

export class Emitter {
  constructor() {
    this.listeners = new Map();
  }

  addListener(type, listener) {
    if (typeof listener !== 'function') throw new TypeError('addListener("' + type + '"): listener must be a function');
    let list = this.listeners.get(type);
    if (list === undefined) this.listeners.set(type, (list = []));
    list.push(listener);
    return { remove: () => this.removeListener(type, listener) };
  }

  removeListener(type, listener) {
    const list = this.listeners.get(type);
    if (list === undefined) return;
    const i = list.indexOf(listener);
    if (i >= 0) list.splice(i, 1);
  }

  removeAllListeners(type) {
    if (type === undefined) this.listeners.clear(); else this.listeners.delete(type);
  }

  emit(type, ...args) {
    const list = this.listeners.get(type);
    if (list === undefined) return;
    for (const listener of list.slice()) listener(...args);
  }

  listenerCount(type) {
    return this.listeners.get(type)?.length ?? 0;
  }
}

/** DeviceEventEmitter / NativeEventEmitter: a JS emitter (no native module sends events here). */
export const DeviceEventEmitter = new Emitter();

export class NativeEventEmitter extends Emitter {
  constructor() {
    super();
  }
}
