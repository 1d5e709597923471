// Embed mode (embed=1): the map, a legend, an optional title, the source and a link to the full map,
// sized for a newsroom's iframe. The URL is read once and never written: inside an iframe, history
// entries would pile up in the host page's Back button.
import type { AppState } from '../state/app-state';
import type { ProjectFeature } from '../types';
import type { UrlCodec, UrlIssue } from '../state/url-codec';
import { createStore } from '../state/store';
import { formatUrlIssue, translate } from '../i18n/translate';
import { loadBaseBoundaries, loadCountyBoundaries, loadManifest } from '../data/load-boundaries';
import { loadFeatures } from '../data/load-features';
import { UnitCatalog } from '../map/unit-catalog';
import { mountMap } from '../map/map-view';
import { mountFeatureView } from '../map/feature-view';
import { createSceneSource, type SceneSource } from '../state/scene-source';
import { createQuestionAnswers } from '../ui/question-answers';
import { createNotices } from '../ui/notices';
import { el } from '../ui/dom';
import { EMBED_DEFAULTS, legendStartsOpen } from './embed-options';
import { createEmbedLayout } from './embed-layout';
import { applyColorScheme } from './color-scheme';
import { createEmbedLegend } from './embed-legend';
import { featureLine, summaryText } from './feature-summary';
import { reportHeight } from './height-reporter';
import { guardScroll } from './scroll-guard';
// The feature layer's own styles (shared with the full app), then the embed's.
import '../styles/explore.css';
import '../styles/embed.css';

export interface EmbedStart {
  root: HTMLElement;
  initial: AppState;
  issues: readonly UrlIssue[];
  codec: UrlCodec;
}

/** The same state as a full-app address: embed=1 and the embed's options left out. */
export function fullMapHref(codec: UrlCodec, state: AppState, location: Pick<Location, 'origin' | 'pathname'>): string {
  return `${location.origin}${location.pathname}${codec.serialize({ ...state, ...EMBED_DEFAULTS })}`;
}

export function startEmbed({ root, initial, issues, codec }: EmbedStart): void {
  const store = createStore(initial);
  const { lang } = initial;
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  document.documentElement.classList.add('embed-mode');
  applyColorScheme(initial.embedTheme);
  document.title = translate(lang, 'app.title');

  const layout = createEmbedLayout(root, initial.embedTitle);
  layout.title.textContent = translate(lang, 'app.title');
  layout.fullLink.textContent = translate(lang, 'embed.openFull');
  const updateLink = () => {
    layout.fullLink.href = fullMapHref(codec, store.getState(), window.location);
  };
  updateLink();
  store.subscribe(updateLink);
  const notices = createNotices(layout.notices);
  const report = (messages: string[]) => notices.show(messages, translate(lang, 'notices.dismiss'));
  report(issues.map((issue) => formatUrlIssue(issue, lang)));
  reportHeight(layout.root);

  const start = async () => {
    layout.mapContainer.setAttribute('aria-busy', 'true');
    const [base, manifest, collection] = await Promise.all([loadBaseBoundaries(), loadManifest(), loadFeatures()]);
    const catalog = new UnitCatalog();
    catalog.add(base.provinces);
    catalog.add(base.prefectures);
    const handle = mountMap({
      container: layout.mapContainer,
      store,
      base,
      manifest,
      catalog,
      loadCounties: loadCountyBoundaries,
      onCountiesLoaded: (counties) => catalog.add(counties),
      onError: (message) => report([message]),
      fitPadding: () => ({ padding: [8, 8] }),
    });
    const state = store.getState();
    const all = collection.features as ProjectFeature[];
    // The same scene as the full app: a question in the address narrows the embed's set too.
    let scene: SceneSource | null = null;
    const answers = createQuestionAnswers({
      features: all,
      prefectures: base.prefectures.features,
      lang: () => lang,
      anchor: () => layout.mapContainer,
      report: (message) => report([message]),
      onChange: () => scene?.refresh(),
    });
    const sceneSource = createSceneSource({ store, features: all, answers: answers.answers });
    scene = sceneSource;
    mountFeatureView(handle.map, store, sceneSource, collection);
    guardScroll({
      map: handle.map,
      container: layout.mapContainer,
      hint: layout.hint,
      wheelHint: () => translate(lang, /Mac|iPhone|iPad/.test(navigator.platform) ? 'embed.wheelHintMac' : 'embed.wheelHint'),
      touchHint: () => translate(lang, 'embed.touchHint'),
    });

    const legendOpen = legendStartsOpen(state.embedLegend, window.innerWidth);
    let drawn: readonly ProjectFeature[] | null = null;
    const renderScene = () => {
      const { shown, legend } = sceneSource.get();
      if (shown === drawn) return;
      drawn = shown;
      layout.summary.textContent = summaryText(shown, lang);
      layout.legendSlot.replaceChildren(createEmbedLegend(legend, lang, legendOpen));
      const list = el('ul', {});
      for (const feature of shown) list.append(el('li', {}, featureLine(feature.properties, lang)));
      layout.featureList.replaceChildren(el('h2', {}, translate(lang, 'embed.featureList')), list);
    };
    renderScene();
    sceneSource.subscribe(renderScene);
    layout.source.textContent = translate(lang, 'embed.source', { attribution: manifest.attribution[lang] });
    layout.mapContainer.removeAttribute('aria-busy');
    document.body.dataset.ready = 'true';
  };
  start().catch((error: unknown) => {
    report([translate(lang, 'map.loadFailed', { reason: error instanceof Error ? error.message : String(error) })]);
    document.body.dataset.ready = 'error';
  });
}
