import { PAGEFIND_BUNDLE_PATH } from '../lib/routes/files';
import { PAGEFIND_OPTIONS, RESULT_TEMPLATE } from '../lib/search/config';

/** The parts of Pagefind's Component UI (its global `PagefindComponents`) that this site uses. */
interface PagefindInstance {
  triggerSearch(term: string): void;
  /** Loads pagefind.js, the WebAssembly and the index metadata without searching. */
  triggerLoad(): Promise<unknown>;
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
 * Fetches Pagefind's Component UI once and configures it with the site's ranking. Result lists
 * already on the page get the site's result card first, because the components read their template
 * when the script upgrades them.
 */
export function preloadSearch(): Promise<PagefindInstance> {
  loading ??= new Promise((resolve, reject) => {
    document.querySelectorAll('pagefind-results:not(:has(script))').forEach(addTemplate);
    const style = document.createElement('link');
    style.rel = 'stylesheet';
    style.href = `${BUNDLE}pagefind-component-ui.css`;
    const script = document.createElement('script');
    script.type = 'module';
    script.src = `${BUNDLE}pagefind-component-ui.js`;
    script.onload = () => {
      const components = window.PagefindComponents;
      if (!components) return reject(new Error('Pagefind Component UI did not load'));
      resolve(components.configureInstance('default', { bundlePath: BUNDLE, ...PAGEFIND_OPTIONS }));
    };
    script.onerror = () => reject(new Error(`Could not load ${script.src}`));
    document.head.append(style, script);
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
 * Opens search with `query`: on the search page its own field takes the query; elsewhere a modal
 * dialog opens, and closing it (Escape) returns focus to `returnTo`.
 */
export async function openSearch(query: string, returnTo: HTMLElement): Promise<void> {
  const page = document.querySelector<HTMLElement>('[data-search-page]');
  const instance = await preloadSearch();
  if (page) {
    const field = page.querySelector<HTMLInputElement>('pagefind-input input');
    field?.focus();
    if (query && field) {
      field.value = query;
      field.dispatchEvent(new Event('input', { bubbles: true }));
    }
    return;
  }
  if (!modal) {
    modal = buildModal();
    // `close` does not bubble; a capturing listener on the host still sees the inner dialog's.
    modal.addEventListener('close', () => lastFocus?.focus(), true);
  }
  lastFocus = returnTo;
  modal.open();
  if (query) {
    instance.triggerSearch(query);
    const field = modal.querySelector<HTMLInputElement>('pagefind-input input');
    if (field) field.value = query;
  }
}
