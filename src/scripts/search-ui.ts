import { PAGEFIND_BUNDLE_PATH } from '../lib/routes/files';
import { EAGER_RESULTS, PAGEFIND_OPTIONS, RESULT_TEMPLATE } from '../lib/search/config';
import { searchWithFallbacks, type SearchOutcome } from '../lib/search/query';

/** A result of a `pagefind-results` list: its fragment loads and renders on `load()`. */
interface PagefindResultItem {
  load(): Promise<void>;
}
/** The parts of Pagefind's Component UI (its global `PagefindComponents`) that this site uses. */
interface PagefindInstance {
  triggerSearch(term: string): void;
  /** Loads pagefind.js, the WebAssembly and the index metadata without searching. */
  triggerLoad(): Promise<unknown>;
  on(event: 'results', callback: () => void): void;
  /** The registered `pagefind-results` elements, each with the items of the last search. */
  getResults(): { results?: PagefindResultItem[] }[];
  /** Every search of every component (field, filters, `triggerSearch`) runs through this method. */
  __search__(term: string, filters: object): Promise<void>;
  __dispatch__(event: 'loading'): void;
  /** Pagefind's search API, once loaded; `null` searches by filters alone. */
  __pagefind__: { search(query: string | null, options: object): Promise<SearchOutcome> } | null;
}
interface PagefindComponents {
  configureInstance(name: string, options: object): PagefindInstance;
}
interface PagefindModalElement extends HTMLElement {
  open(): void;
  close(): void;
}
declare global {
  interface Window {
    PagefindComponents?: PagefindComponents;
  }
}

const BUNDLE = PAGEFIND_BUNDLE_PATH;
let loading: Promise<PagefindInstance> | undefined;

function addTemplate(results: Element): void {
  const template = document.createElement('script');
  template.type = 'text/pagefind-template';
  template.textContent = RESULT_TEMPLATE;
  results.append(template);
}

/**
 * What the site changes in Pagefind's Component UI, in one place:
 *
 * - Every query goes through `searchWithFallbacks` (`lib/search/query.ts`: hyphenated compounds
 *   split into their words; the words as typed, then all but one, when no page has them all); the
 *   field keeps showing what the reader typed.
 * - A result list loads each result's fragment only when an IntersectionObserver reports its
 *   placeholder visible, a frame or more after the results arrive (hundreds of milliseconds on a
 *   busy phone). The first `EAGER_RESULTS` start loading at once, each painted as soon as its own
 *   fragment arrives; the rest still load as they scroll into view. Pagefind keeps every loaded
 *   fragment, so a result seen before costs no request.
 */
function tuneInstance(instance: PagefindInstance): PagefindInstance {
  const search = instance.__search__.bind(instance);
  instance.__search__ = async (term, filters) => {
    // Pagefind's search method is wrapped as soon as it exists, before any query reaches it; while
    // it loads, the lists show that a search is under way, as Pagefind's own method would.
    if (!instance.__pagefind__) {
      instance.__dispatch__('loading');
      await instance.triggerLoad();
    }
    const pagefind = instance.__pagefind__;
    if (pagefind && !tuned.has(pagefind)) {
      tuned.add(pagefind);
      const raw = pagefind.search.bind(pagefind);
      pagefind.search = (query, options) =>
        query === null ? raw(null, options) : searchWithFallbacks(query, (q) => raw(q, options));
    }
    return search(term, filters);
  };
  // Hooks run in the order they were added: the lists' own handler (which builds the items) runs
  // after this one, so the eager loads start in a microtask, before the browser lays out the list.
  instance.on('results', () =>
    queueMicrotask(() => {
      for (const list of instance.getResults())
        for (const item of list.results?.slice(0, EAGER_RESULTS) ?? []) void item.load();
    }),
  );
  return instance;
}
const tuned = new WeakSet<object>();

/** Pagefind's stylesheet, as the search page links it in its head and the loader adds it elsewhere. */
export const PAGEFIND_STYLESHEET = `${BUNDLE}pagefind-component-ui.css`;
const PAGEFIND_SCRIPT = `${BUNDLE}pagefind-component-ui.js`;

/** Resolves once `link` has loaded or failed (unstyled, the components still work). */
function settled(link: HTMLLinkElement): Promise<void> {
  // A stylesheet that has loaded already fires no more events; `sheet` is set once it has.
  if (link.sheet) return Promise.resolve();
  return new Promise((resolve) => {
    link.addEventListener('load', () => resolve(), { once: true });
    link.addEventListener('error', () => resolve(), { once: true });
  });
}

function headLink(rel: string, href: string): HTMLLinkElement {
  const link = document.createElement('link');
  link.rel = rel;
  link.href = href;
  document.head.append(link);
  return link;
}

/**
 * Fetches Pagefind's Component UI once and configures it with the site's ranking. Result lists
 * already on the page get the site's result card first, because the components read their template
 * when the script upgrades them. Stylesheet and script are fetched side by side, but the script runs
 * only once the styles apply: components that mount before them show Pagefind's screen-reader labels
 * and hints for a frame, then shrink, and what follows them moves (layout shift). The search page
 * links the stylesheet in its head, so it is in place before the page is first painted.
 */
export function preloadSearch(): Promise<PagefindInstance> {
  loading ??= new Promise((resolve, reject) => {
    document.querySelectorAll('pagefind-results:not(:has(script))').forEach(addTemplate);
    const style =
      document.querySelector<HTMLLinkElement>(
        `link[rel="stylesheet"][href="${PAGEFIND_STYLESHEET}"]`,
      ) ?? headLink('stylesheet', PAGEFIND_STYLESHEET);
    headLink('modulepreload', PAGEFIND_SCRIPT);
    const script = document.createElement('script');
    script.type = 'module';
    script.src = PAGEFIND_SCRIPT;
    script.onload = () => {
      const components = window.PagefindComponents;
      if (!components) return reject(new Error('Pagefind Component UI did not load'));
      resolve(
        tuneInstance(
          components.configureInstance('default', { bundlePath: BUNDLE, ...PAGEFIND_OPTIONS }),
        ),
      );
    };
    script.onerror = () => reject(new Error(`Could not load ${script.src}`));
    void settled(style).then(() => document.head.append(script));
  });
  return loading;
}

/** What the reader's intent to search (pointer or focus on the header field) starts: the UI and the index. */
export function warmSearch(): void {
  void preloadSearch()
    .then((instance) => instance.triggerLoad())
    .catch(() => {});
}

/**
 * The dialog's field. Pagefind waits 300 ms after each key before it searches; a query against the
 * loaded index takes a few milliseconds, and a newer query cancels an older one, so the site searches
 * at once and the next query's results follow the typing (issue 16: next query ≤ 50 ms).
 */
export const SEARCH_DEBOUNCE_MS = 1;

function searchInput(): HTMLElement {
  const input = document.createElement('pagefind-input');
  input.setAttribute('debounce', String(SEARCH_DEBOUNCE_MS));
  return input;
}

function buildModal(): PagefindModalElement {
  const modal = document.createElement('pagefind-modal');
  modal.setAttribute('reset-on-close', '');
  const header = document.createElement('pagefind-modal-header');
  header.append(searchInput());
  const body = document.createElement('pagefind-modal-body');
  const results = document.createElement('pagefind-results');
  addTemplate(results);
  body.append(document.createElement('pagefind-summary'), results);
  const footer = document.createElement('pagefind-modal-footer');
  footer.append(document.createElement('pagefind-keyboard-hints'));
  modal.append(header, body, footer);
  document.body.append(modal);
  return modal as PagefindModalElement;
}

let modal: PagefindModalElement | undefined;
let lastFocus: HTMLElement | undefined;

/**
 * Opens search with the query that `query()` returns: on the search page its own field takes the
 * query; elsewhere a modal dialog opens, and closing it (Escape) returns focus to `returnTo`. The
 * query is read only once the dialog is open and its field has focus, in the same task, so every
 * key the reader typed into the header field while Pagefind loaded arrives, and none is lost.
 */
export async function openSearch(query: () => string, returnTo: HTMLElement): Promise<void> {
  const page = document.querySelector<HTMLElement>('[data-search-page]');
  await preloadSearch();
  let field: HTMLInputElement | null;
  if (page) {
    field = page.querySelector<HTMLInputElement>('pagefind-input input');
  } else {
    if (!modal) {
      modal = buildModal();
      // `close` does not bubble; a capturing listener on the host still sees the inner dialog's.
      modal.addEventListener('close', () => lastFocus?.focus(), true);
    }
    lastFocus = returnTo;
    modal.open();
    field = modal.querySelector<HTMLInputElement>('pagefind-input input');
  }
  field?.focus();
  const q = query();
  if (q && field) {
    field.value = q;
    // The field's own handler searches, exactly as if the reader had typed there.
    field.dispatchEvent(new Event('input', { bubbles: true }));
  }
}
