// Wiring only: state and URL first (so a bad URL is reported even if data fails), then data, map, panels.
// First: the requests for the first view's data leave before the rest of the script evaluates.
import './first-requests';
import 'leaflet/dist/leaflet.css';
import './styles/app.css';
import { defaultState } from './state/app-state';
import { appUrlCodec } from './state/app-url-codec';
import { embedOnlyIssues } from './state/embed-codecs';
import { startEmbed } from './embed/start-embed';

const root = document.getElementById('app');
if (!root) throw new Error('index.html has no #app element');
const appRoot: HTMLElement = root;

/** A mounted app: its teardown and how many store/scene/shared-state subscribers it has. */
interface MountedApp {
  teardown(): void;
  subscriberCount(): number;
}

/** Mounts the app the address asks for into #app: the embed, or the full app (its own chunk). */
async function mountApp(): Promise<MountedApp> {
  const defaults = defaultState(navigator.languages);
  // Every URL parameter the app knows (add a module's codecs in state/app-url-codec.ts).
  const urlCodec = appUrlCodec;
  const parsed = urlCodec.parse(window.location.search, defaults);
  const initial = parsed.state;
  const issues = [...parsed.issues, ...embedOnlyIssues(window.location.search, initial.embed)];
  // embed=1: the newsroom embed (src/embed/), without the app's editing chrome. The full app is a
  // separate chunk (src/full-app.ts: mount panels there) so the embed's first view stays small.
  if (initial.embed) return startEmbed({ root: appRoot, initial, issues, codec: urlCodec });
  const { startFullApp } = await import('./full-app');
  return startFullApp({ root: appRoot, initial, issues, urlCodec, defaults });
}

let mounted: Promise<MountedApp> = mountApp();

declare global {
  interface Window {
    /** The app's lifecycle: unmount() removes everything it set up (subscriptions, listeners, timers,
     * the page's content); mount() starts it again from the address. For a host page that swaps the
     * map out and back, and for the test that checks nothing is left behind. */
    chengyuMap?: { mount(): Promise<void>; unmount(): Promise<void>; subscriberCount(): Promise<number> };
  }
}

window.chengyuMap = {
  async mount() {
    const previous = await mounted;
    previous.teardown();
    mounted = mountApp();
    await mounted;
  },
  async unmount() {
    const current = await mounted;
    current.teardown();
  },
  async subscriberCount() {
    return (await mounted).subscriberCount();
  },
};
