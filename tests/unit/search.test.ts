import { describe, expect, it } from 'vitest';
import { realModel } from '../helpers/content';
import { queries } from '../../src/lib/content/model';
import { measureRelations, measureTopics } from '../../src/lib/views/relations';
import { RESULT_TEMPLATE } from '../../src/lib/search/config';
import { isSearchShortcut } from '../../src/lib/search/shortcut';

const q = queries(realModel());

describe('comparison relations of a measure (search facet)', () => {
  it('collects the relations of the topics citing the measure or its section, each once, in fixed order', () => {
    // 1.1.2 is cited by "regulatory-approach" (reversed); its section 1.1 by "state-ai-laws" (new).
    expect(measureTopics(q, '1.1.2').map((t) => t.id)).toEqual([
      'regulatory-approach',
      'state-ai-laws',
    ]);
    expect(measureRelations(q, '1.1.2')).toEqual(['reversed', 'new']);
    // Three topics, two of them "narrowed": the relation appears once.
    expect(measureTopics(q, '3.6.1')).toHaveLength(3);
    expect(measureRelations(q, '3.6.1')).toEqual(['expanded', 'narrowed']);
  });

  it('is empty for a measure no topic cites', () => {
    expect(measureTopics(q, '1.4.1')).toEqual([]);
    expect(measureRelations(q, '1.4.1')).toEqual([]);
  });
});

describe('search shortcut', () => {
  const press = (
    key: string,
    mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {},
  ) => ({
    key,
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    ...mods,
  });

  it('opens on "/" only when the reader is not typing', () => {
    expect(isSearchShortcut(press('/'), false)).toBe(true);
    expect(isSearchShortcut(press('/'), true)).toBe(false);
    expect(isSearchShortcut(press('/', { ctrlKey: true }), false)).toBe(false);
  });

  it('opens on Ctrl+K and ⌘+K, also while typing, but not on K alone or with Alt', () => {
    expect(isSearchShortcut(press('k', { ctrlKey: true }), true)).toBe(true);
    expect(isSearchShortcut(press('K', { metaKey: true }), false)).toBe(true);
    expect(isSearchShortcut(press('k'), false)).toBe(false);
    expect(isSearchShortcut(press('k', { ctrlKey: true, altKey: true }), false)).toBe(false);
  });

  it('renders ID, type and pillar on the result card and links matching sections', () => {
    expect(RESULT_TEMPLATE).toMatch(
      /meta\.entity_id[\s\S]*meta\.type[\s\S]*meta\.pillar[\s\S]*meta\.title/,
    );
    expect(RESULT_TEMPLATE).toContain('sub_results');
  });
});
