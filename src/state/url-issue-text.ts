// A URL problem in words, for the notice the app and the embed show on start.
import type { Lang } from '../types';
import type { UrlIssue } from './url-codec';
import { translate } from '../i18n/translate';

export function formatUrlIssue(issue: UrlIssue, lang: Lang): string {
  const params = { param: issue.param, value: issue.value };
  switch (issue.reason) {
    case 'unknown':
      return translate(lang, 'url.unknown', params);
    case 'repeated':
      return translate(lang, 'url.repeated', params);
    case 'invalid':
      return translate(lang, 'url.invalid', { ...params, expected: issue.expected[lang] });
  }
}
