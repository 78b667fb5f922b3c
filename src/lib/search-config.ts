/**
 * What the search UI and the query tests share: Pagefind's options, the filter keys and the result
 * card. The query tests (tests/search/queries.json) run with exactly these options, so tuning the
 * ranking here is what the tests measure.
 */

/** Filter keys as written into the pages (`data-pagefind-filter`); ASCII and the same in every language. */
export const SEARCH_FILTERS = ['type', 'pillar', 'agency', 'relation', 'status'] as const;
export type SearchFilter = (typeof SEARCH_FILTERS)[number];

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
