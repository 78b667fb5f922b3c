/**
 * The search setup in one place: the filter keys and result metadata that pages write (the layout
 * renders `searchMetaTags`), Pagefind's ranking options and the result card that the search UI
 * uses, and the query tests (tests/search/queries.json) run with exactly these options, so tuning
 * the ranking here is what the tests measure. The bundle's URL is in `routes/files.ts`.
 */

/** Filter keys as written into the pages (`data-pagefind-filter`); ASCII and the same in every language. */
export const SEARCH_FILTERS = ['type', 'pillar', 'agency', 'relation', 'status'] as const;
export type SearchFilter = (typeof SEARCH_FILTERS)[number];

/** What an indexable page tells the search index about itself; pages without facets stay out of the index. */
export interface SearchFacets {
  /** Page type, localized (filter key `type`). */
  type: string;
  pillar?: string | undefined;
  agencies?: string[];
  /** Comparison relations, localized (filter key `relation`). */
  relations?: string[];
  /** Implementation status of a measure, localized (filter key `status`). */
  status?: string | undefined;
  /** Shown on result cards. */
  entityId?: string;
}

export interface SearchMetaTag {
  name: string;
  /** `data-pagefind-filter` for a facet, `data-pagefind-meta` for what a result card shows. */
  attribute: 'data-pagefind-filter' | 'data-pagefind-meta';
  /** Pagefind's key, read from the tag's `content`: `type[content]`. */
  key: string;
  content: string;
}

/**
 * The `<meta>` tags of a page's head that carry its filters (`SEARCH_FILTERS`) and result metadata
 * into the index. The title carries the citable ID, so a search for "1.3.2" or "14319" matches the
 * title, which Pagefind ranks highest.
 */
export function searchMetaTags(search: SearchFacets, title: string): SearchMetaTag[] {
  const filter = (name: string, key: SearchFilter, content: string): SearchMetaTag => ({
    name,
    attribute: 'data-pagefind-filter',
    key: `${key}[content]`,
    content,
  });
  const meta = (name: string, key: string, content: string): SearchMetaTag => ({
    name,
    attribute: 'data-pagefind-meta',
    key: `${key}[content]`,
    content,
  });
  return [
    filter('atlas:type', 'type', search.type),
    ...(search.pillar ? [filter('atlas:pillar', 'pillar', search.pillar)] : []),
    ...(search.agencies ?? []).map((a) => filter('atlas:agency', 'agency', a)),
    ...(search.relations ?? []).map((r) => filter('atlas:relation', 'relation', r)),
    ...(search.status ? [filter('atlas:status', 'status', search.status)] : []),
    ...(search.pillar ? [meta('atlas:pillar-label', 'pillar', search.pillar)] : []),
    ...(search.entityId ? [meta('atlas:entity-id', 'entity_id', search.entityId)] : []),
    meta('atlas:type-label', 'type', search.type),
    meta('atlas:title', 'title', title),
  ];
}

/**
 * Headings every entity page of a kind repeats ("What it asks for", "Facts", "Related measures",
 * "Cite this page"): as sub-results they would crowd out the passage that matched, so they carry
 * their anchor on the text inside rather than on the heading (see SectionHeading.astro).
 */
export const NO_SUB_RESULT_HEADINGS: ReadonlySet<string> = new Set([
  'summary',
  'facts',
  'related',
  'cite',
]);

/**
 * Options for `pagefind.options()`. Our pages are short and dense with IDs, so a long page should
 * not outrank the page whose title or alias carries the term: `pageLength` is low, and repeated
 * terms saturate early so a measure that mentions "NIST" five times in its context does not beat the
 * measures NIST leads.
 */
export const PAGEFIND_OPTIONS = {
  ranking: {
    termFrequency: 0.5,
    pageLength: 0.1,
    termSaturation: 1.0,
    termSimilarity: 1.0,
  },
} as const;

/**
 * How many results of a search load their fragment at once, without waiting for the result list to
 * report them visible: about what the search dialog shows on a laptop screen. The rest load as they
 * scroll into view.
 */
export const EAGER_RESULTS = 6;

/**
 * Result card for Pagefind's Component UI (`<script type="text/pagefind-template">` inside
 * `pagefind-results`): ID, type and pillar above the title, matching order sections below it.
 * Values are escaped by the template engine; `{{+ … +}}` marks Pagefind's own highlighted excerpt.
 */
export const RESULT_TEMPLATE = `<li class="pf-result">
  <div class="pf-result-card">
    <div class="pf-result-content">
      <p class="pf-result-meta">{{#if meta.entity_id}}<span class="entity-id">{{ meta.entity_id }}</span> · {{/if}}{{ meta.type }}{{#if meta.pillar}} · {{ meta.pillar }}{{/if}}</p>
      <p class="pf-result-title"><a class="pf-result-link" href="{{ meta.url | default(url) | safeUrl }}">{{ meta.title }}</a></p>
      {{#if excerpt}}<p class="pf-result-excerpt">{{+ excerpt +}}</p>{{/if}}
    </div>
  </div>
  {{#if sub_results}}<ul class="pf-heading-chips">{{#each sub_results as sub}}<li class="pf-heading-chip"><a class="pf-heading-link" href="{{ sub.url | safeUrl }}">{{ sub.title }}</a><p class="pf-heading-excerpt">{{+ sub.excerpt +}}</p></li>{{/each}}</ul>{{/if}}
</li>`;
