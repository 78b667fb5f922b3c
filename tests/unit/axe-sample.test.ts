import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { pageType, samplePagesByType } from '../helpers/axe-sample';

const page = (path: string, body: string) => ({
  path,
  file: '',
  document: parseHTML(`<html><body>${body}</body></html>`).document,
});

describe('the dark-scheme axe sample', () => {
  it('names page types by language and route', () => {
    expect(pageType('/en/')).toBe('en home');
    expect(pageType('/de/measures/')).toBe('de measures');
    expect(pageType('/de/measures/1-3-2/')).toBe('de measures/*');
  });

  it('keeps one page per type and every page that adds an element-and-class combination', () => {
    const sample = samplePagesByType([
      page('/en/measures/1-1-1/', '<p class="lead">a</p>'),
      page('/en/measures/1-1-2/', '<p class="lead">b</p>'),
      page('/en/measures/1-1-3/', '<p class="lead">c</p><span class="badge new">x</span>'),
      page('/en/orders/1/', '<p>d</p>'),
    ]);
    expect(sample).toEqual(['/en/measures/1-1-1/', '/en/measures/1-1-3/', '/en/orders/1/']);
  });
});
