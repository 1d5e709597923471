// Wiring only: state and URL first (so a bad URL is reported even if data fails), then data, map, panels.
import 'leaflet/dist/leaflet.css';
import './styles/app.css';
import { defaultState } from './state/app-state';
import { appUrlCodec } from './state/app-url-codec';
import { embedOnlyIssues } from './state/embed-codecs';
import { startEmbed } from './embed/start-embed';

const root = document.getElementById('app');
if (!root) throw new Error('index.html has no #app element');
const defaults = defaultState(navigator.languages);
// Every URL parameter the app knows (add a module's codecs in state/app-url-codec.ts).
const urlCodec = appUrlCodec;
const parsed = urlCodec.parse(window.location.search, defaults);
const initial = parsed.state;
const issues = [...parsed.issues, ...embedOnlyIssues(window.location.search, initial.embed)];
// embed=1: the newsroom embed (src/embed/), without the app's editing chrome. The full app is a
// separate chunk (src/full-app.ts: mount panels there) so the embed's first view stays small.
if (initial.embed) startEmbed({ root, initial, issues, codec: urlCodec });
else void import('./full-app').then(({ startFullApp }) => startFullApp({ root, initial, issues, urlCodec, defaults }));
