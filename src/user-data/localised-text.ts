// Text that follows the interface language: each bound element is worded now and again whenever
// the language changes, for as long as it is in the page. Import messages outlive the moment they
// were shown (a planner may switch language while reading them), so they cannot be worded once.
import type { Lang } from '../types';

export type Wording = (lang: Lang) => string;

export interface LocalisedText {
  /** Sets `element`'s text (or the attribute, e.g. aria-label) from `wording`, now and on every refresh. */
  bind<T extends HTMLElement>(element: T, wording: Wording, attribute?: string): T;
  /** Rewords every bound element still in the page; forgets the ones that were removed. */
  refresh(): void;
}

interface Binding {
  element: HTMLElement;
  wording: Wording;
  attribute: string | undefined;
}

export function createLocalisedText(getLang: () => Lang): LocalisedText {
  let bindings: Binding[] = [];
  const apply = ({ element, wording, attribute }: Binding, lang: Lang) => {
    const text = wording(lang);
    if (attribute === undefined) element.textContent = text;
    else element.setAttribute(attribute, text);
  };
  return {
    bind(element, wording, attribute) {
      const binding = { element, wording, attribute };
      apply(binding, getLang());
      bindings.push(binding);
      return element;
    },
    refresh() {
      const lang = getLang();
      // Bound elements are put in the page as soon as they are made, so one that is not there has been removed.
      bindings = bindings.filter((binding) => binding.element.isConnected);
      for (const binding of bindings) apply(binding, lang);
    },
  };
}
