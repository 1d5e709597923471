// A URL problem in words, for the notice the app and the embed show on start.
import type { Lang } from '../types';
import type { UrlIssue } from './url-codec';
import { translate } from '../i18n/translate';

const MAX_QUOTED_VALUE = 80;

export function formatUrlIssue(issue: UrlIssue, lang: Lang): string {
  // A pasted link can carry kilobytes in one value: quote enough to recognise it.
  const value = issue.value.length > MAX_QUOTED_VALUE ? `${issue.value.slice(0, MAX_QUOTED_VALUE - 1)}…` : issue.value;
  const params = { param: issue.param.length > MAX_QUOTED_VALUE ? `${issue.param.slice(0, MAX_QUOTED_VALUE - 1)}…` : issue.param, value };
  switch (issue.reason) {
    case 'unknown':
      return translate(lang, 'url.unknown', params);
    case 'repeated':
      return translate(lang, 'url.repeated', params);
    case 'embed-only':
      return translate(lang, 'url.embedOnly', params);
    case 'invalid':
      return translate(lang, 'url.invalid', { ...params, expected: issue.expected[lang] });
  }
}
