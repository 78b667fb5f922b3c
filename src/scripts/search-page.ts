import { watchDropdownTriggers } from './dropdown-names';
import { preloadSearch } from './search-ui';

/**
 * The search page loads Pagefind's UI at once, and runs the query that the header form (or a
 * shared link) put into `?q=`, so the form works the same with and without JavaScript.
 */
export function initSearchPage(): void {
  const ui = document.querySelector<HTMLElement>('.search-ui');
  if (ui) watchDropdownTriggers(ui);
  const query = new URLSearchParams(location.search).get('q')?.trim();
  void preloadSearch().then((instance) => {
    if (query) instance.triggerSearch(query);
  });
}
