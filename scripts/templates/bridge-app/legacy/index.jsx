// The app's legacy pages: each registerPage name is a legacy page the manifest can name.

import { registerPage } from 'bridge-host';
import Hello from './hello.jsx';

registerPage('hello', Hello);
