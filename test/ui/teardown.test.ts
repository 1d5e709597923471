import { describe, expect, it } from 'vitest';
import { createTeardowns } from '../../src/ui/teardown';

describe('createTeardowns', () => {
  it('runs every teardown once, the latest first', () => {
    const ran: string[] = [];
    const teardowns = createTeardowns();
    teardowns.add(() => ran.push('first'));
    teardowns.add(() => ran.push('second'));
    expect(teardowns.done).toBe(false);
    teardowns.run();
    teardowns.run();
    expect(ran).toEqual(['second', 'first']);
    expect(teardowns.done).toBe(true);
  });

  it('removes the listeners it added, with the same capture flag', () => {
    const target = new EventTarget();
    const heard: string[] = [];
    const teardowns = createTeardowns();
    teardowns.listen(target, 'ping', () => heard.push('bubble'));
    teardowns.listen(target, 'ping', () => heard.push('capture'), { capture: true });
    target.dispatchEvent(new Event('ping'));
    teardowns.run();
    target.dispatchEvent(new Event('ping'));
    expect(heard.sort()).toEqual(['bubble', 'capture']);
  });

  it('tears down at once what is added after the run (an async setup that finished late)', () => {
    const teardowns = createTeardowns();
    teardowns.run();
    let ran = false;
    teardowns.add(() => (ran = true));
    expect(ran).toBe(true);
  });
});
