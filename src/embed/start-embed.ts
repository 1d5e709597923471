// Embed mode (embed=1): the map, a legend, an optional title, the source and a link to the full map,
// sized for a newsroom's iframe. The URL is read once and never written: inside an iframe, history
// entries would pile up in the host page's Back button.
import type { AppState } from '../state/app-state';
import type { ProjectFeature } from '../types';
import type { UrlCodec, UrlIssue } from '../state/url-codec';
import { translate } from '../i18n/translate';
import { loadCountyBoundaries } from '../data/load-boundaries';
import { loadFailed, startApp, type SceneStage } from '../ui/start-sequence';
import { keepPathsOutOfTabOrder, routeArrowsToFeatures } from './feature-keys';
import { el } from '../ui/dom';
import { EMBED_DEFAULTS, NARROW_EMBED_PX, legendStartsOpen } from '../state/embed-options';
import { createEmbedLayout } from './embed-layout';
import { applyColorScheme } from './color-scheme';
import { createEmbedLegend } from './embed-legend';
import { featureLine, summaryText } from './feature-summary';
import { reportHeight } from './height-reporter';
import { followHostSteps } from './host-steps';
import { guardScroll } from './scroll-guard';
import { renderCard, type CardSubject } from './embed-card';
import { selectNearestOnTap } from './tap-select';
import { createTimelineControl } from '../timeline/timeline-control';
import { playWhenInView } from './play-in-view';
import { createStoryPlayer } from '../story/story-player';
import { NO_FILTERS } from '../filters/filter-state';
import { startEmbedChoropleth } from './embed-choropleth';
// The feature layer's own styles (shared with the full app), then the embed's.
import '../styles/explore.css';
import '../styles/embed.css';
import type { Teardown } from '../ui/teardown';

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

/** The frame's headline: the newsroom's own, or the app's name. */
export function embedHeadline(state: Pick<AppState, 'embedHed' | 'lang'>): string {
  return state.embedHed !== '' ? state.embedHed : translate(state.lang, 'app.title');
}

export interface Embed {
  /** every subscription, listener, timer and observer goes, and the page is emptied */
  teardown: Teardown;
  /** store and scene subscribers still listening (none once torn down) */
  subscriberCount(): number;
}

export function startEmbed({ root, initial, issues, codec }: EmbedStart): Embed {
  const { lang } = initial;
  let layout!: ReturnType<typeof createEmbedLayout>;
  let legend: HTMLDetailsElement | null = null;
  const legendOpen = legendStartsOpen(initial.embedLegend, window.innerWidth);
  const narrowQuery = window.matchMedia(`(max-width: ${NARROW_EMBED_PX - 0.02}px)`);
  const arrange = () => {
    layout.arrange(narrowQuery.matches);
    // On a phone the legend sits inside the folded line and opens with it; its own toggle is hidden.
    if (legend) legend.open = narrowQuery.matches || legendOpen;
  };
  let coloured: Promise<unknown> = Promise.resolve();
  /** The embed's views over the scene: keys and taps, the card, the scroll guard, the texts, story and timeline, published layers. */
  async function mountViews({ store, teardowns, say, manifest, catalog, map: handle, projects: all, scene: sceneSource }: SceneStage): Promise<void> {
    routeArrowsToFeatures(layout.mapContainer, () => sceneSource.get().shown.map((feature) => feature.properties.id));
    keepPathsOutOfTabOrder(layout.mapContainer);
    selectNearestOnTap(handle.map, () => sceneSource.get().shown, (id) => store.dispatch({ selection: { kind: 'feature', id } }));
    const byId = new Map(all.map((feature) => [feature.id, feature]));
    const closeCard = () => store.dispatch({ selection: null });
    const renderSelection = () => {
      const selection = store.getState().selection;
      let subject: CardSubject | null = null;
      if (selection?.kind === 'feature') {
        const feature = byId.get(selection.id);
        if (feature) subject = { kind: 'feature', properties: feature.properties };
      } else if (selection?.kind === 'unit') {
        const unit = catalog.get(selection.adcode);
        if (unit) subject = { kind: 'unit', properties: unit.properties };
      }
      renderCard(layout.card, subject, lang, closeCard);
    };
    renderSelection();
    teardowns.add(store.subscribe(renderSelection));
    layout.root.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && store.getState().selection !== null) closeCard();
    });
    teardowns.add(guardScroll({
      map: handle.map,
      container: layout.mapContainer,
      hint: layout.hint,
      wheelHint: () => translate(lang, /Mac|iPhone|iPad/.test(navigator.platform) ? 'embed.wheelHintMac' : 'embed.wheelHint'),
      touchHint: () => translate(lang, 'embed.touchHint'),
    }));

    // Summary, legend and the screen-reader list follow the shown set (the timeline and questions change it).
    let shownSet: readonly ProjectFeature[] | null = null;
    // the site's published layers' rows, kept under the legend when it is rebuilt
    let publishedLegend: HTMLElement | null = null;
    const renderTexts = () => {
      const { shown, legend: groups } = sceneSource.get();
      if (shown === shownSet) return;
      shownSet = shown;
      layout.summary.textContent = summaryText(shown, lang);
      legend = createEmbedLegend(groups, lang, legend?.open ?? legendOpen);
      if (publishedLegend) legend.append(publishedLegend);
      layout.legendSlot.replaceChildren(legend);
      arrange();
      const list = el('ul', {});
      for (const feature of shown) list.append(el('li', {}, featureLine(feature.properties, lang)));
      layout.featureList.replaceChildren(el('h2', {}, translate(lang, 'embed.featureList')), list);
    };
    renderTexts();
    teardowns.add(sceneSource.subscribe(renderTexts));
    if (initial.story.length > 0) {
      // Each step is applied over a clean slate: its address alone says what the map shows.
      const base = { ...initial, view: null, selection: null, filters: NO_FILTERS };
      const player = createStoryPlayer(store, initial.story, codec, base, lang);
      layout.controls.append(player.element);
      teardowns.add(followHostSteps(initial.story.length, player.go));
    }
    if (initial.filters.asOf !== null || initial.embedPlay) {
      const timeline = createTimelineControl(store, sceneSource, () => lang);
      layout.controls.append(timeline.element);
      teardowns.add(timeline.teardown);
      if (initial.embedPlay) teardowns.add(playWhenInView(layout.mapContainer, timeline.play));
    }
    let publishedSources = '';
    if (manifest.layers.length > 0) {
      try {
        const published = await import('./embed-published').then(({ startEmbedPublished }) => startEmbedPublished(handle.map, lang, store, sceneSource, say));
        teardowns.add(published.teardown);
        if (teardowns.done) return;
        publishedLegend = published.legend;
        legend?.append(published.legend);
        // the attribution ends a sentence (". " / "。"): the layers' sources follow it as a new one, not after "; "
        const attribution = manifest.attribution[lang].trim();
        const endsSentence = /[.。]$/.test(attribution);
        if (published.sources !== '') publishedSources = endsSentence ? translate(lang, 'words.nextSentence', { text: published.sources }) : translate(lang, 'published.sourcesJoin') + published.sources;
      } catch (error) {
        say(loadFailed(lang, error));
      }
    }
    layout.source.textContent = translate(lang, 'embed.source', { attribution: manifest.attribution[lang] }) + publishedSources;
  }

  const app = startApp({
    root,
    initial,
    issues,
    lang: () => lang,
    // The map is one Tab stop; arrows move between its features in the hidden list's order.
    featureTabStops: false,
    frame: ({ store, teardowns }) => {
      document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
      document.documentElement.classList.add('embed-mode');
      teardowns.add(() => document.documentElement.classList.remove('embed-mode'));
      teardowns.add(applyColorScheme(initial.embedTheme));
      const headline = embedHeadline(initial);
      document.title = headline;
      layout = createEmbedLayout(root, initial.embedTitle);
      // The newsroom's words are plain text: textContent only, never parsed as HTML.
      layout.title.textContent = headline;
      layout.dek.textContent = initial.embedDek;
      layout.dek.hidden = initial.embedDek === '';
      layout.note.textContent = initial.embedNote;
      layout.note.hidden = initial.embedNote === '';
      layout.credit.textContent = initial.embedCredit;
      layout.credit.hidden = initial.embedCredit === '';
      layout.foldLabel.textContent = translate(lang, 'embed.fold.legend');
      layout.fullLink.textContent = translate(lang, 'embed.openFull');
      arrange();
      teardowns.listen(narrowQuery, 'change', arrange);
      layout.fold.open = narrowQuery.matches && initial.embedLegend === 'open';
      const updateLink = () => {
        layout.fullLink.href = fullMapHref(codec, store.getState(), window.location);
      };
      updateLink();
      teardowns.add(store.subscribe(updateLink));
      return { notices: layout.notices, mapContainer: layout.mapContainer };
    },
    fitPadding: () => ({ padding: [8, 8] }),
    withMap: ({ say, base, map }) => {
      coloured = startEmbedChoropleth({ state: initial, map: map.map, counties: map.counties, prefectures: base.prefectures, loadCounties: loadCountyBoundaries, lang, report: say });
    },
    answersAnchor: () => layout.mapContainer,
    mountViews: async (stage) => {
      await mountViews(stage);
      await coloured;
    },
    // The embed has no panels to report unknown ids, so every kind is named.
    checkEveryId: true,
  });
  // The host hears the embed's height once it is drawn, never an early one that changes later.
  app.teardowns.add(reportHeight(layout.root, app.started));
  return { teardown: app.teardown, subscriberCount: app.subscriberCount };
}
