import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/types';
import { createLocalisedText } from '../../src/user-data/localised-text';

/** Just what the binder touches of an element; the unit tests run without a DOM. */
function fakeElement() {
  const attributes = new Map<string, string>();
  return {
    textContent: '' as string | null,
    isConnected: true,
    setAttribute: (name: string, value: string) => void attributes.set(name, value),
    attribute: (name: string) => attributes.get(name),
  };
}

describe('createLocalisedText', () => {
  it('words bound text and attributes now and again after a language change, forgetting removed elements', () => {
    let lang: Lang = 'zh';
    const localised = createLocalisedText(() => lang);
    const message = fakeElement();
    const button = fakeElement();
    const removed = fakeElement();
    localised.bind(message as unknown as HTMLElement, (l) => (l === 'zh' ? '未导入' : 'not imported'));
    localised.bind(button as unknown as HTMLElement, (l) => (l === 'zh' ? '关闭' : 'Dismiss'), 'aria-label');
    localised.bind(removed as unknown as HTMLElement, (l) => (l === 'zh' ? '旧' : 'old'));
    expect([message.textContent, button.attribute('aria-label'), removed.textContent]).toEqual(['未导入', '关闭', '旧']);

    removed.isConnected = false;
    lang = 'en';
    localised.refresh();
    expect([message.textContent, button.attribute('aria-label'), removed.textContent]).toEqual(['not imported', 'Dismiss', '旧']);
    expect(button.textContent).toBe('');
  });
});
