import { describe, expect, it } from 'vitest';
import {
  alternates,
  entityPath,
  idToSlug,
  localeFromPath,
  pagePath,
  planPdfUrl,
  switchLocalePath,
} from '../../src/lib/routes/urls';

describe('routes', () => {
  it('derives entity URLs from kind, ID and locale only', () => {
    expect(entityPath('measure', '1.3.2', 'de')).toBe('/de/measures/1-3-2/');
    expect(entityPath('measure', '1.3.2', 'en')).toBe('/en/measures/1-3-2/');
    expect(entityPath('order', '14319', 'en', 'sec-3')).toBe('/en/orders/14319/#sec-3');
    expect(entityPath('prior', 'eo-14110', 'de')).toBe('/de/prior/eo-14110/');
    expect(pagePath('home', 'en')).toBe('/en/');
  });

  it('keeps section 1.10 and measure 1.1.0-style IDs apart', () => {
    expect(idToSlug('1.10')).not.toBe(idToSlug('1.1.0'));
  });

  it('rejects IDs that cannot be a stable path segment', () => {
    expect(() => idToSlug('1.3 2')).toThrow(/Invalid entity ID/);
    expect(() => idToSlug('EO/14110')).toThrow(/Invalid entity ID/);
  });

  it('switches language by swapping only the prefix', () => {
    expect(switchLocalePath('/de/measures/1-3-2/', 'en')).toBe('/en/measures/1-3-2/');
    expect(switchLocalePath('/en/', 'de')).toBe('/de/');
    expect(() => switchLocalePath('/measures/1-3-2/', 'de')).toThrow(/no locale prefix/);
    expect(localeFromPath('/en/orders/14319/')).toBe('en');
    expect(localeFromPath('/fr/x/')).toBeUndefined();
  });

  it('lists every language and x-default as alternates', () => {
    const links = alternates('/de/sections/1-3/', new URL('https://example.test'));
    expect(links).toEqual([
      { hreflang: 'de', href: 'https://example.test/de/sections/1-3/' },
      { hreflang: 'en', href: 'https://example.test/en/sections/1-3/' },
      { hreflang: 'x-default', href: 'https://example.test/en/sections/1-3/' },
    ]);
  });

  it('opens the official PDF at a page', () => {
    expect(planPdfUrl(8)).toBe(
      'https://www.whitehouse.gov/wp-content/uploads/2025/07/Americas-AI-Action-Plan.pdf#page=8',
    );
  });
});

describe('entity data files', () => {
  it('live outside the language prefixes under the entity segment, dots as hyphens', async () => {
    const { entityDataPath, changesFeedPath } = await import('../../src/lib/routes/urls');
    expect(entityDataPath('measure', '1.3.2')).toBe('/data/measures/1-3-2.json');
    expect(entityDataPath('prior', 'eo-14110')).toBe('/data/prior/eo-14110.json');
    expect(changesFeedPath('de')).toBe('/de/changes.xml');
    expect(() => entityDataPath('order', '../x')).toThrow(/Invalid entity ID/);
  });
});
