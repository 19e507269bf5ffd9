// The demo app's legacy pages, built into legacy-js/dist/demo.js by scripts/build-legacy.

import { registerPage } from 'bridge-host';
import Home from './home.jsx';
import Details from './details.jsx';
import Search from './search.jsx';
import Settings from './settings.jsx';
import Player from './player.jsx';

registerPage('home', Home);
registerPage('details', Details);
registerPage('search', Search);
registerPage('settings', Settings);
registerPage('player', Player);
