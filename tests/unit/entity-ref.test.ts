import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { parseEntityRef, isEntityHref } from '../../src/lib/content/entity-ref';
import { buildLinkTargets, resolveEntityHref } from '../../src/lib/content/link-targets';
import { createSchemas } from '../../src/lib/content/schemas';
import { realTree } from '../helpers/content';

const schemas = createSchemas(() => z.string());

describe('the entity-link grammar', () => {
  it('parses scheme, ID and anchor', () => {
    expect(parseEntityRef('order:14319#sec-4')).toEqual({
      scheme: 'order',
      id: '14319',
      anchor: 'sec-4',
    });
    expect(parseEntityRef('measure:1.3.2')).toEqual({
      scheme: 'measure',
      id: '1.3.2',
      anchor: undefined,
    });
    expect(parseEntityRef('page:methodology#stand')?.scheme).toBe('page');
  });

  it('rejects a mistyped scheme, an empty ID and an upper-case ID', () => {
    expect(parseEntityRef('meassure:1.1.1')).toBeUndefined();
    expect(parseEntityRef('measure:')).toBeUndefined();
    expect(parseEntityRef('measure:1.1.1#')).toBeUndefined();
    expect(parseEntityRef('agency:NIST')).toBeUndefined();
    expect(isEntityHref('https://example.org/')).toBe(false);
    expect(isEntityHref('measure:')).toBe(true);
  });

  it('is the grammar of the changes schema: anchors and page links are accepted', () => {
    const change = { id: 'x', number: 1, date: '2026-01-01', kind: 'corrected' };
    for (const ref of ['order:14319#sec-4', 'page:methodology', 'measure:1.5.2#facts'])
      expect(schemas.changes.safeParse({ ...change, entities: [ref] }).success, ref).toBe(true);
    expect(schemas.changes.safeParse({ ...change, entities: ['meassure:1.1.1'] }).success).toBe(
      false,
    );
  });

  it('keeps comparison claims to provisions', () => {
    const topic = { id: 't', number: 1, relation: 'new', orders: [] };
    expect(
      schemas.topics.safeParse({ ...topic, rows: [{ prior: [], current: ['order:14319#sec-4'] }] })
        .success,
    ).toBe(true);
    expect(
      schemas.topics.safeParse({ ...topic, rows: [{ prior: [], current: ['page:data'] }] }).success,
    ).toBe(false);
  });
});

describe('every published anchor can be linked', () => {
  const targets = buildLinkTargets(realTree());
  it.each([
    ['measure:1.1.1#cite', '/en/measures/1-1-1/#cite'],
    ['order:14179#deadline-sec-5-b', '/en/orders/14179/#deadline-sec-5-b'],
    ['topic:nist-ai-rmf#row-1', '/en/topics/nist-ai-rmf/#row-1'],
    ['page:home#key-dates', '/en/#key-dates'],
    ['page:methodology#sources', '/en/methodology/#sources'],
  ])('%s', (ref, url) => {
    expect(resolveEntityHref(ref, 'en', targets)).toEqual({ ok: true, url });
  });

  it('knows prose heading anchors per language', () => {
    expect(resolveEntityHref('page:methodology#quellen', 'de', targets)).toEqual({
      ok: true,
      url: '/de/methodology/#quellen',
    });
    expect(resolveEntityHref('page:methodology#quellen', 'en', targets).ok).toBe(false);
  });

  it('refuses an unknown anchor with the valid ones', () => {
    const result = resolveEntityHref('order:14179#sec-99', 'en', targets);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.fix).toContain('deadline-sec-5-b');
  });
});
