// One console warning per distinct message: stand-ins say once what they do not do here.

const seen = new Set();

/** Warns once per message. */
export function warnOnce(message) {
  if (seen.has(message)) return;
  seen.add(message);
  console.warn('react-native (bridge): ' + message);
}
