// Animations driven by the host's frame clock (requestAnimationFrame runs once per host frame with its time), and
// their compositions. useNativeDriver is accepted and changes nothing: every frame's values reach the host as prop
// updates of the animated nodes, without a React render.

import { frameTime } from 'bridge-host';
import { Easing } from './Easing.js';
import { AnimatedValue, AnimatedValueXY, AnimatedNode } from './nodes.js';

const defaultEasing = Easing.inOut(Easing.ease);

class Animation {
  constructor(config) {
    this._delay = config.delay ?? 0;
    this._iterations = config.iterations ?? 1;
    this._frame = null;
    this._timer = null;
    this._active = false;
    this._onEnd = null;
  }

  start(fromValue, onUpdate, onEnd) {
    this._active = true;
    this._onEnd = onEnd;
    this._onUpdate = onUpdate;
    const begin = () => {
      this._timer = null;
      if (!this._active) return;
      this._begin(fromValue, frameTime());
    };
    if (this._delay > 0) this._timer = setTimeout(begin, this._delay); else begin();
  }

  _schedule() {
    this._frame = requestAnimationFrame((now) => {
      this._frame = null;
      if (this._active) this._step(now);
    });
  }

  _finish(finished) {
    if (!this._active) return;
    this._active = false;
    if (this._frame !== null) cancelAnimationFrame(this._frame);
    if (this._timer !== null) clearTimeout(this._timer);
    this._frame = null;
    this._timer = null;
    const onEnd = this._onEnd;
    this._onEnd = null;
    if (onEnd) onEnd({ finished });
  }

  stop() {
    this._finish(false);
  }
}

class TimingAnimation extends Animation {
  constructor(config) {
    super(config);
    this._toValue = config.toValue;
    this._duration = config.duration ?? 500;
    this._easing = config.easing ?? defaultEasing;
  }

  _begin(fromValue, now) {
    this._from = fromValue;
    this._startTime = now;
    if (this._duration <= 0) {
      this._onUpdate(this._toValue);
      this._finish(true);
      return;
    }
    this._schedule();
  }

  _step(now) {
    const t = (now - this._startTime) / this._duration;
    if (t >= 1) {
      this._onUpdate(this._toValue);
      this._finish(true);
      return;
    }
    this._onUpdate(this._from + this._easing(Math.max(0, t)) * (this._toValue - this._from));
    this._schedule();
  }
}

function stiffnessFromOrigami(o) {
  return (o - 30) * 3.62 + 194;
}
function dampingFromOrigami(o) {
  return (o - 8) * 3 + 25;
}
function fromBouncinessAndSpeed(bounciness, speed) {
  const normalize = (v, a, b) => (v - a) / (b - a);
  const project = (n, a, b) => a + n * (b - a);
  const linear = (t, a, b) => t * b + (1 - t) * a;
  const quadOut = (t, a, b) => linear(2 * t - t * t, a, b);
  const f1 = (x) => 0.0007 * x ** 3 - 0.031 * x ** 2 + 0.64 * x + 1.28;
  const f2 = (x) => 0.000044 * x ** 3 - 0.006 * x ** 2 + 0.36 * x + 2;
  const f3 = (x) => 0.00000045 * x ** 3 - 0.000332 * x ** 2 + 0.1078 * x + 5.84;
  const noBounce = (t) => (t <= 18 ? f1(t) : t <= 44 ? f2(t) : f3(t));
  const b = project(normalize(bounciness / 1.7, 0, 20), 0, 0.8);
  const tension = project(normalize(speed / 1.7, 0, 20), 0.5, 200);
  return { stiffness: stiffnessFromOrigami(tension), damping: dampingFromOrigami(quadOut(b, noBounce(tension), 0.01)) };
}

class SpringAnimation extends Animation {
  constructor(config) {
    super(config);
    this._toValue = config.toValue;
    this._velocity = config.velocity ?? 0;
    this._overshootClamping = config.overshootClamping ?? false;
    this._restDisplacement = config.restDisplacementThreshold ?? 0.001;
    this._restSpeed = config.restSpeedThreshold ?? 0.001;
    this._mass = config.mass ?? 1;
    if (config.stiffness !== undefined || config.damping !== undefined || config.mass !== undefined) {
      this._stiffness = config.stiffness ?? 100;
      this._damping = config.damping ?? 10;
    } else if (config.bounciness !== undefined || config.speed !== undefined) {
      const s = fromBouncinessAndSpeed(config.bounciness ?? 8, config.speed ?? 12);
      this._stiffness = s.stiffness;
      this._damping = s.damping;
    } else {
      this._stiffness = stiffnessFromOrigami(config.tension ?? 40);
      this._damping = dampingFromOrigami(config.friction ?? 7);
    }
  }

  _begin(fromValue, now) {
    this._from = fromValue;
    this._startTime = now;
    this._schedule();
  }

  _step(now) {
    const t = (now - this._startTime) / 1000;
    const c = this._damping;
    const m = this._mass;
    const k = this._stiffness;
    const v0 = -this._velocity;
    const zeta = c / (2 * Math.sqrt(k * m));
    const omega0 = Math.sqrt(k / m);
    const omega1 = omega0 * Math.sqrt(Math.abs(1 - zeta * zeta));
    const x0 = this._toValue - this._from;
    let position;
    let velocity;
    if (zeta < 1) {
      const envelope = Math.exp(-zeta * omega0 * t);
      position = this._toValue - envelope * (((v0 + zeta * omega0 * x0) / omega1) * Math.sin(omega1 * t) + x0 * Math.cos(omega1 * t));
      velocity = zeta * omega0 * envelope * ((Math.sin(omega1 * t) * (v0 + zeta * omega0 * x0)) / omega1 + x0 * Math.cos(omega1 * t))
        - envelope * (Math.cos(omega1 * t) * (v0 + zeta * omega0 * x0) - omega1 * x0 * Math.sin(omega1 * t));
    } else {
      const envelope = Math.exp(-omega0 * t);
      position = this._toValue - envelope * (x0 + (v0 + omega0 * x0) * t);
      velocity = envelope * (v0 * (t * omega0 - 1) + t * x0 * (omega0 * omega0));
    }
    const overshot = this._overshootClamping && k !== 0
      && (this._from < this._toValue ? position > this._toValue : position < this._toValue);
    const resting = Math.abs(velocity) <= this._restSpeed && (k === 0 || Math.abs(this._toValue - position) <= this._restDisplacement);
    if (overshot || resting || t > 60) {
      this._onUpdate(k !== 0 ? this._toValue : position);
      this._finish(true);
      return;
    }
    this._onUpdate(position);
    this._schedule();
  }
}

class DecayAnimation extends Animation {
  constructor(config) {
    super(config);
    this._velocity = config.velocity ?? 0;
    this._deceleration = config.deceleration ?? 0.998;
  }

  _begin(fromValue, now) {
    this._from = fromValue;
    this._last = fromValue;
    this._startTime = now;
    this._schedule();
  }

  _step(now) {
    const k = 1 - this._deceleration;
    const value = this._from + (this._velocity / k) * (1 - Math.exp(-k * (now - this._startTime)));
    this._onUpdate(value);
    if (Math.abs(this._last - value) < 0.1) {
      this._finish(true);
      return;
    }
    this._last = value;
    this._schedule();
  }
}

function resolveTo(toValue) {
  return toValue instanceof AnimatedNode ? toValue.__getValue() : toValue;
}

/** A CompositeAnimation on a value (or each axis of a ValueXY). */
function single(value, config, Kind) {
  const make = () => {
    if (value instanceof AnimatedValueXY) {
      const to = resolveTo(config.toValue) ?? {};
      return parallel([
        single(value.x, { ...config, toValue: to.x, velocity: config.velocity?.x ?? config.velocity }, Kind),
        single(value.y, { ...config, toValue: to.y, velocity: config.velocity?.y ?? config.velocity }, Kind),
      ], { stopTogether: false });
    }
    return null;
  };
  const xy = make();
  if (xy !== null) return xy;
  if (!(value instanceof AnimatedValue)) throw new TypeError('Animated animations need an Animated.Value or ValueXY');
  const iterations = config.iterations ?? 1;
  return {
    start(callback) {
      const run = (left) => {
        value.animate(new Kind({ ...config, toValue: resolveTo(config.toValue) }), (result) => {
          if (result.finished && left > 1) {
            value.resetAnimation();
            run(left - 1);
            return;
          }
          if (typeof callback === 'function') callback(result);
        });
      };
      run(iterations < 0 ? Infinity : iterations);
    },
    stop() {
      value.stopAnimation();
    },
    reset() {
      value.resetAnimation();
    },
    _startNativeLoop() {},
    _isUsingNativeDriver: () => false,
  };
}

export const timing = (value, config) => single(value, config, TimingAnimation);
export const spring = (value, config) => single(value, config, SpringAnimation);
export const decay = (value, config) => single(value, config, DecayAnimation);

export function sequence(animations) {
  let current = 0;
  let stopped = false;
  return {
    start(callback) {
      stopped = false;
      const next = (result) => {
        if (!result.finished || stopped) {
          if (typeof callback === 'function') callback({ finished: false });
          return;
        }
        current++;
        if (current >= animations.length) {
          if (typeof callback === 'function') callback({ finished: true });
          return;
        }
        animations[current].start(next);
      };
      if (animations.length === 0) {
        if (typeof callback === 'function') callback({ finished: true });
        return;
      }
      animations[current].start(next);
    },
    stop() {
      stopped = true;
      if (current < animations.length) animations[current].stop();
    },
    reset() {
      for (let i = 0; i < animations.length; i++) if (i <= current) animations[i].reset();
      current = 0;
    },
  };
}

export function parallel(animations, config) {
  const stopTogether = !(config && config.stopTogether === false);
  let done = 0;
  const finished = new Array(animations.length).fill(false);
  const result = {
    start(callback) {
      done = 0;
      finished.fill(false);
      if (animations.length === 0) {
        if (typeof callback === 'function') callback({ finished: true });
        return;
      }
      animations.forEach((animation, i) => {
        animation.start((end) => {
          finished[i] = true;
          done++;
          if (!end.finished && stopTogether) result.stop();
          if (done === animations.length && typeof callback === 'function') callback({ finished: end.finished });
        });
      });
    },
    stop() {
      animations.forEach((animation, i) => {
        if (!finished[i]) animation.stop();
        finished[i] = true;
      });
    },
    reset() {
      animations.forEach((animation) => animation.reset());
      done = 0;
    },
  };
  return result;
}

export function delay(time) {
  return timing(new AnimatedValue(0), { toValue: 0, delay: time, duration: 0 });
}

export function stagger(time, animations) {
  return parallel(animations.map((animation, i) => sequence([delay(time * i), animation])));
}

export function loop(animation, { iterations = -1, resetBeforeIteration = true } = {}) {
  let stopped = false;
  let count = 0;
  return {
    start(callback) {
      stopped = false;
      count = 0;
      const restart = (result = { finished: true }) => {
        if (stopped || count === iterations || !result.finished) {
          if (typeof callback === 'function') callback(result.finished && !stopped ? result : { finished: false });
          return;
        }
        count++;
        if (resetBeforeIteration) animation.reset();
        animation.start(restart);
      };
      if (iterations === 0) {
        if (typeof callback === 'function') callback({ finished: true });
      } else {
        restart();
      }
    },
    stop() {
      stopped = true;
      animation.stop();
    },
    reset() {
      count = 0;
      stopped = false;
      animation.reset();
    },
  };
}
