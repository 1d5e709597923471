// The Embed dialog's content: the code a newsroom pastes for the current view, the embed's options
// and a Copy button. A chunk of its own, fetched when the Embed button is first clicked.
import type { Store } from '../state/store';
import type { AppState } from '../state/app-state';
import type { UrlCodec } from '../state/url-codec';
import type { StringKey } from '../i18n/strings';
import { translate } from '../i18n/translate';
import { EMBED_DEFAULTS, EMBED_LEGEND_MODES, EMBED_TEXT_LIMITS, EMBED_THEMES, type EmbedLegendMode, type EmbedTextField, type EmbedTheme } from '../state/embed-options';
import { appBaseOf, embedCode } from '../embed/embed-code';
import { cleanEmbedText } from '../state/embed-text';
import { MAX_STEP_TEXT, MAX_STORY_STEPS, stepQuery, type StoryStep } from '../story/story';

/** The story being built: kept while the page lives, so the author can close the dialog, move the
 * map to the next view and come back to add it. */
const storySteps: StoryStep[] = [];
import { el } from './dom';
import { choroplethNote, withChoroplethValues } from '../choropleth/embed-values';
import { triggerDownload } from '../download/trigger-download';
import type { SocialCardMaker } from '../export-ui/social-card';
import { exportFailureText } from '../export-ui/export-failure';

/** The starting iframe height; the embed reports its real height once embed.js runs. */
const START_HEIGHT = 640;

export type EmbedDialogOptions = Pick<AppState, 'embedTitle' | 'embedLegend' | 'embedTheme' | 'embedPlay' | 'story' | EmbedTextField>;

/** `scrolling`: the story's steps become article blocks that move the map as the reader scrolls. */
export function embedCodeFor(codec: UrlCodec, state: AppState, options: EmbedDialogOptions, href: string, scrolling = false): string {
  const page = new URL(href);
  const address = `${page.origin}${page.pathname}`;
  const plain = { ...state, ...EMBED_DEFAULTS };
  const hed = options.embedHed;
  return embedCode({
    embedUrl: address + codec.serialize({ ...plain, ...options, embed: true }),
    fullUrl: address + codec.serialize(plain),
    appBase: appBaseOf(href),
    // The frame's title says what it holds: the headline when there is one.
    title: hed !== '' ? translate(state.lang, 'embed.frameTitle', { hed }) : translate(state.lang, 'app.title'),
    height: START_HEIGHT,
    hed,
    dek: options.embedDek,
    note: options.embedNote,
    credit: options.embedCredit,
    scrollSteps: scrolling ? options.story.map((step) => step.text) : [],
  });
}

const TEXT_FIELDS: readonly { field: EmbedTextField; label: StringKey; multiline: boolean; testId: string }[] = [
  { field: 'embedHed', label: 'embed.dialog.hed', multiline: false, testId: 'embed-option-hed' },
  { field: 'embedDek', label: 'embed.dialog.dek', multiline: true, testId: 'embed-option-dek' },
  { field: 'embedNote', label: 'embed.dialog.note', multiline: true, testId: 'embed-option-note' },
  { field: 'embedCredit', label: 'embed.dialog.credit', multiline: false, testId: 'embed-option-credit' },
];

function choice<T extends string>(label: string, values: readonly T[], current: T, text: (value: T) => string, testId: string): { field: HTMLElement; select: HTMLSelectElement } {
  const select = el('select', { 'data-testid': testId });
  for (const value of values) {
    const option = el('option', { value }, text(value));
    option.selected = value === current;
    select.append(option);
  }
  const field = el('label', { class: 'embed-dialog-field' });
  field.append(el('span', {}, label), select);
  return { field, select };
}

export function fillDialog(dialog: HTMLDialogElement, store: Store, codec: UrlCodec, socialCard?: SocialCardMaker): void {
  const { lang } = store.getState();
  const t = (key: StringKey) => translate(lang, key);
  const options: { -readonly [K in keyof EmbedDialogOptions]: EmbedDialogOptions[K] } = { embedTitle: true, embedLegend: 'auto', embedTheme: 'light', embedPlay: false, story: storySteps, embedHed: '', embedDek: '', embedNote: '', embedCredit: '' };

  const showTitle = el('input', { type: 'checkbox', 'data-testid': 'embed-option-title' });
  showTitle.checked = options.embedTitle;
  const titleField = el('label', { class: 'embed-dialog-field' });
  titleField.append(showTitle, el('span', {}, t('embed.dialog.showTitle')));
  const legendKey: Record<EmbedLegendMode, StringKey> = { auto: 'embed.dialog.legendAuto', open: 'embed.dialog.legendOpen', closed: 'embed.dialog.legendClosed' };
  const themeKey: Record<EmbedTheme, StringKey> = { auto: 'embed.dialog.themeAuto', light: 'embed.dialog.themeLight', dark: 'embed.dialog.themeDark' };
  const legend = choice(t('embed.dialog.legend'), EMBED_LEGEND_MODES, options.embedLegend, (v) => t(legendKey[v]), 'embed-option-legend');
  const theme = choice(t('embed.dialog.theme'), EMBED_THEMES, options.embedTheme, (v) => t(themeKey[v]), 'embed-option-theme');
  const play = el('input', { type: 'checkbox', 'data-testid': 'embed-option-play' });
  const playField = el('label', { class: 'embed-dialog-field' });
  playField.append(play, el('span', {}, t('embed.dialog.timeline')));
  const story = el('fieldset', { class: 'embed-dialog-story', 'data-testid': 'story-builder' });
  const storyLegend = el('legend', {});
  const stepText = el('input', { type: 'text', maxlength: String(MAX_STEP_TEXT), 'data-testid': 'story-step-text', 'aria-label': t('story.stepText'), placeholder: t('story.stepText') });
  const addStep = el('button', { type: 'button', 'data-testid': 'story-add' }, t('story.add'));
  const stepList = el('ol', { class: 'embed-dialog-steps', 'data-testid': 'story-steps' });
  const scrolly = el('input', { type: 'checkbox', 'data-testid': 'embed-option-scrolly' });
  const scrollyField = el('label', { class: 'embed-dialog-field' });
  scrollyField.append(scrolly, el('span', {}, t('embed.dialog.scrolly')));
  story.append(storyLegend, stepText, addStep, stepList, scrollyField);
  const renderSteps = () => {
    storyLegend.textContent = t('story.label');
    if (storySteps.length > 0) storyLegend.textContent = translate(lang, 'story.steps', { count: storySteps.length });
    addStep.disabled = storySteps.length >= MAX_STORY_STEPS;
    scrolly.disabled = storySteps.length === 0;
    stepList.replaceChildren(
      ...storySteps.map((step, index) => {
        const item = el('li', {}, step.text === '' ? step.query || '—' : step.text);
        const remove = el('button', { type: 'button', class: 'embed-dialog-remove', 'aria-label': translate(lang, 'story.remove', { step: index + 1 }) }, '×');
        remove.addEventListener('click', () => {
          storySteps.splice(index, 1);
          renderSteps();
          update();
        });
        item.append(remove);
        return item;
      }),
    );
  };
  addStep.addEventListener('click', () => {
    storySteps.push({ query: stepQuery(codec.serialize(store.getState())), text: cleanEmbedText(stepText.value) });
    stepText.value = '';
    renderSteps();
    update();
  });
  const words = el('fieldset', { class: 'embed-dialog-words' });
  words.append(el('legend', {}, t('embed.dialog.words')));
  const textInputs = TEXT_FIELDS.map(({ field, label, multiline, testId }) => {
    const limit = EMBED_TEXT_LIMITS[field];
    const input = multiline ? el('textarea', { rows: '2' }) : el('input', { type: 'text' });
    input.setAttribute('maxlength', String(limit));
    input.setAttribute('data-testid', testId);
    const row = el('label', { class: 'embed-dialog-text' });
    row.append(el('span', {}, t(label)), input, el('small', {}, translate(lang, 'embed.dialog.limit', { limit })));
    words.append(row);
    return { field, input };
  });

  const code = el('textarea', { id: 'embed-dialog-code', class: 'embed-dialog-code', readonly: '', rows: '7', spellcheck: 'false', 'data-testid': 'embed-code' });
  const codeLabel = el('label', { for: 'embed-dialog-code' }, t('embed.dialog.code'));
  const status = el('p', { class: 'embed-dialog-status', role: 'status', 'aria-live': 'polite', 'data-testid': 'embed-copy-status' });
  const update = () => {
    options.embedTitle = showTitle.checked;
    options.embedLegend = legend.select.value as EmbedLegendMode;
    options.embedTheme = theme.select.value as EmbedTheme;
    options.embedPlay = play.checked;
    options.story = [...storySteps];
    for (const { field, input } of textInputs) options[field] = cleanEmbedText(input.value);
    code.value = embedCodeFor(codec, withChoroplethValues(store.getState()), options, window.location.href, scrolly.checked);
    status.textContent = '';
  };
  for (const control of [showTitle, legend.select, theme.select, play, scrolly]) control.addEventListener('change', update);
  for (const { input } of textInputs) input.addEventListener('input', update);
  update();
  renderSteps();

  const copy = el('button', { type: 'button', 'data-testid': 'embed-copy' }, t('embed.dialog.copy'));
  copy.addEventListener('click', () => {
    const selectCode = () => {
      code.focus();
      code.select();
    };
    if (!navigator.clipboard) {
      selectCode();
      status.textContent = t('embed.dialog.copyFailed');
      return;
    }
    navigator.clipboard.writeText(code.value).then(
      () => (status.textContent = t('embed.dialog.copied')),
      () => {
        selectCode();
        status.textContent = t('embed.dialog.copyFailed');
      },
    );
  });
  const close = el('button', { type: 'button', 'data-testid': 'embed-close' }, t('embed.dialog.close'));
  close.addEventListener('click', () => dialog.close());

  const social = socialCard ? socialCardButton(socialCard, () => ({ hed: options.embedHed, dek: options.embedDek, note: options.embedNote, credit: options.embedCredit }), lang, status) : null;
  dialog.addEventListener('close', () => social?.cancel(), { once: true });

  const optionFields = el('fieldset', { class: 'embed-dialog-options' });
  optionFields.append(titleField, legend.field, theme.field, playField);
  const actions = el('div', { class: 'embed-dialog-actions' });
  // the status (Copied, the social card's progress) sits with the buttons, which stay in view on a phone
  actions.append(status, ...(social ? [social.button] : []), copy, close);
  dialog.replaceChildren(
    el('h2', { id: 'embed-dialog-title' }, t('embed.dialog.title')),
    el('p', {}, t('embed.dialog.intro')),
    ...choroplethNote(store.getState()),
    optionFields,
    words,
    story,
    codeLabel,
    code,
    actions,
  );
}

/** "Social card": downloads the PNG link preview of the state this code embeds, with its words. */
function socialCardButton(make: SocialCardMaker, words: () => Parameters<SocialCardMaker>[0], lang: AppState['lang'], status: HTMLElement): { button: HTMLButtonElement; cancel(): void } {
  const button = el('button', { type: 'button', 'data-testid': 'embed-social' }, translate(lang, 'embed.dialog.social'));
  let running: AbortController | null = null;
  button.addEventListener('click', () => {
    if (running) return;
    const controller = new AbortController();
    running = controller;
    button.disabled = true;
    status.textContent = translate(lang, 'embed.dialog.socialWorking');
    make(words(), controller.signal)
      .then((file) => {
        if (controller.signal.aborted) return;
        triggerDownload(file.name, file.blob);
        status.textContent = translate(lang, 'export.done', { file: file.name });
      })
      .catch((failure: unknown) => {
        if (!controller.signal.aborted) status.textContent = translate(lang, 'export.failed', { reason: exportFailureText(failure, lang) });
      })
      .finally(() => {
        running = null;
        button.disabled = false;
      });
  });
  return { button, cancel: () => running?.abort() };
}
