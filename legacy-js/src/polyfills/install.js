// Installs the engine polyfills. Imported first by every bundle: globals before any library loads, then
// console (which needs the bus outbox) and reportError.

import './globals.js';
import { installConsole } from './console.js';

installConsole(globalThis);
if (typeof globalThis.reportError !== 'function') globalThis.reportError = (error) => console.error(error);
