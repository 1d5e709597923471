// Wiring only: state and URL first (so a bad URL is reported even if data fails), then data, map, panels.
import 'leaflet/dist/leaflet.css';
import './styles/app.css';
import { defaultState } from './state/app-state';
import { coreUrlCodec } from './state/core-codecs';
import { filterCodecs } from './state/filter-codecs';
import { createStore } from './state/store';
import { embedCodecs } from './state/embed-codecs';
import { startEmbed } from './embed/start-embed';
import { startUrlSync } from './state/url-sync';
import { formatUrlIssue, translate } from './i18n/translate';
import { loadBaseBoundaries, loadCountyBoundaries, loadManifest } from './data/load-boundaries';
import { UnitCatalog } from './map/unit-catalog';
import { mountMap } from './map/map-view';
import { createLayout } from './ui/layout';
import { createNotices } from './ui/notices';
import { mountHeader } from './ui/header';
import { mountLanguageSwitch } from './ui/language-switch';
import { mountDetailsPanel } from './ui/details-panel';
import { mountUnitFinder } from './ui/unit-finder';
import { checkSelectedUnits } from './ui/selection-check';
import { mountUserData } from './user-data/mount-user-data';
import { loadFeatures } from './data/load-features';
import { searchCodecs } from './state/search-codecs';
import { visibleFeatures } from './state/select';
import { featureBBox } from './data/feature-bbox';
import { mountSearchBox } from './ui/search-box';
import { mountFeatureDetails } from './ui/feature-details';
import { mountFeatureList } from './ui/feature-list';
import './styles/details.css';
import { mountExportButton } from './export-ui/export-dialog';
import { createSnapshotSource } from './export-ui/snapshot-source';
import './styles/export.css';

const root = document.getElementById('app');
if (!root) throw new Error('index.html has no #app element');
const defaults = defaultState(navigator.languages);
// Every URL parameter the app knows: add a module's codecs to this list.
const urlCodec = coreUrlCodec.with(...embedCodecs, ...filterCodecs, ...searchCodecs);
const { state: initial, issues } = urlCodec.parse(window.location.search, defaults);
// embed=1: the newsroom embed (src/embed/), without the app's editing chrome.
if (initial.embed) startEmbed({ root, initial, issues, codec: urlCodec });
else startFullApp(root);

function startFullApp(root: HTMLElement): void {
  const layout = createLayout(root);
  const store = createStore(initial);
  const notices = createNotices(layout.notices);
  const report = (messages: string[]) => notices.show(messages, translate(store.getState().lang, 'notices.dismiss'));
  const reportIssues = (list: typeof issues) => report(list.map((issue) => formatUrlIssue(issue, store.getState().lang)));
  reportIssues(issues);
  startUrlSync({ store, codec: urlCodec, defaults, onIssues: reportIssues });
  mountHeader(layout.title, store);
  mountLanguageSwitch(layout.tools, store);

  async function start(): Promise<void> {
    layout.mapContainer.setAttribute('aria-busy', 'true');
    const [base, manifest] = await Promise.all([loadBaseBoundaries(), loadManifest()]);
    const catalog = new UnitCatalog();
    catalog.add(base.provinces);
    catalog.add(base.prefectures);
    const details = mountDetailsPanel(layout.panelStack, store, catalog);
    const mapHandle = mountMap({
      container: layout.mapContainer,
      store,
      base,
      manifest,
      catalog,
      loadCounties: loadCountyBoundaries,
      onCountiesLoaded: (counties) => {
        catalog.add(counties);
        details.refresh();
      },
      onError: (message) => report([message]),
      fitPadding: () => ({ padding: [12, 12] }),
    });
    mountUnitFinder(layout.tools, {
      store,
      catalog,
      onChoose: (entry) => {
        store.dispatch({ selection: { kind: 'unit', adcode: entry.properties.adcode } });
        mapHandle.zoomTo(entry.bbox);
      },
    });
    mountUserData({ panelStack: layout.panelStack, mapContainer: layout.mapContainer, map: mapHandle.map, store });
    const exportFeatures = (await loadFeatures()).features;
    const chooseFeature = (feature: (typeof exportFeatures)[number]) => {
      store.dispatch({ selection: { kind: 'feature', id: feature.properties.id } });
      mapHandle.zoomTo(featureBBox(feature));
    };
    const unitName = (adcode: string) => catalog.get(adcode)?.properties;
    mountSearchBox(layout.tools, {
      store,
      features: exportFeatures,
      catalog,
      onChooseFeature: chooseFeature,
      onChooseUnit: (entry) => {
        store.dispatch({ selection: { kind: 'unit', adcode: entry.properties.adcode } });
        mapHandle.zoomTo(entry.bbox);
      },
    });
    mountFeatureDetails(layout.panelStack, { store, features: exportFeatures, prefectureName: unitName, report: (message) => report([message]) });
    mountFeatureList(layout.panelStack, { store, visible: () => visibleFeatures(store.getState(), exportFeatures), total: exportFeatures.length, lookup: unitName, onChoose: chooseFeature });
    mountExportButton(layout.tools, store, createSnapshotSource({ store, map: mapHandle.map, base, manifest, features: exportFeatures }));
    checkSelectedUnits(store, catalog, mapHandle.counties.ensureLoaded, (message) => report([message]));
    layout.mapContainer.removeAttribute('aria-busy');
    document.body.dataset.ready = 'true';
  }

  start().catch((error: unknown) => {
    report([translate(store.getState().lang, 'map.loadFailed', { reason: error instanceof Error ? error.message : String(error) })]);
    document.body.dataset.ready = 'error';
  });
}
