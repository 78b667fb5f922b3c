import { isSearchShortcut } from '../lib/search/shortcut';

/** True when a key press would type into the focused element. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * Progressive enhancement of the header's search form. Without JavaScript it submits to the search
 * page. With it, `/` and Ctrl/⌘+K, or typing into the header field, open Pagefind's search dialog;
 * Pagefind's code and styles are fetched only then, so a page that is only read loads none of it.
 */
export function initSearchShortcut(): void {
  const form = document.querySelector<HTMLFormElement>('form[data-site-search]');
  const field = form?.querySelector<HTMLInputElement>('input[name="q"]');
  if (!form || !field) return;
  let opening = false;

  // What the reader typed into the header field while the dialog loaded moves into the dialog.
  const open = async (fromField: boolean) => {
    if (opening) return;
    opening = true;
    const returnTo =
      document.activeElement instanceof HTMLElement && !fromField ? document.activeElement : field;
    try {
      const ui = await import('./search-ui');
      await ui.openSearch(() => (fromField ? field.value : ''), returnTo);
      if (fromField) field.value = '';
    } finally {
      opening = false;
    }
  };

  document.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || !isSearchShortcut(event, isTyping(event.target))) return;
    event.preventDefault();
    void open(false);
  });
  // Intent: a pointer over the form or focus in the field fetches Pagefind and its index for the
  // page's language, so the first query has nothing left to load.
  const warm = () => void import('./search-ui').then((ui) => ui.warmSearch());
  field.addEventListener('focus', warm, { once: true });
  form.addEventListener('pointerenter', warm, { once: true });
  form.addEventListener('pointerdown', warm, { once: true });
  field.addEventListener('input', () => void open(true));
}
