/**
 * Pagefind's filter dropdowns render a `<button role="combobox">` whose visible label is its content;
 * a combobox takes no name from content, so screen readers (and axe) find it nameless. Pointing
 * `aria-labelledby` at the label and the selection badge gives it the visible name, in the page's
 * language, and keeps the "n selected" count that Pagefind shows.
 */
export function nameDropdownTrigger(trigger: HTMLElement): void {
  if (trigger.hasAttribute('aria-labelledby')) return;
  const parts = [
    trigger.querySelector<HTMLElement>('.pf-dropdown-trigger-label'),
    trigger.querySelector<HTMLElement>('.pf-dropdown-selected-badge'),
  ];
  const ids = parts
    .filter((el): el is HTMLElement => el !== null)
    .map((el, i) => {
      if (!el.id) el.id = `${trigger.id || 'pf-dropdown'}-name-${i}`;
      return el.id;
    });
  if (ids.length > 0) trigger.setAttribute('aria-labelledby', ids.join(' '));
}

/** The words for a count of results in the page's language: `data-result-one`/`-many` on the search UI. */
export interface ResultWords {
  one: string;
  many: string;
}

/**
 * Pagefind 1.6 names each filter option "Maßnahme, 103 results", in English on every page; the
 * option is named again from its label and count, with the page's own words.
 */
export function nameDropdownOption(option: HTMLElement, words: ResultWords): void {
  const label = option.querySelector('.pf-dropdown-option-label')?.textContent;
  const count = option.querySelector('.pf-dropdown-option-count')?.textContent;
  if (!label || !count) return;
  const name = `${label}, ${count} ${count === '1' ? words.one : words.many}`;
  if (option.getAttribute('aria-label') !== name) option.setAttribute('aria-label', name);
}

export function nameDropdownTriggers(root: ParentNode, words?: ResultWords): void {
  for (const trigger of root.querySelectorAll<HTMLElement>('button.pf-dropdown-trigger'))
    nameDropdownTrigger(trigger);
  if (words)
    for (const option of root.querySelectorAll<HTMLElement>('.pf-dropdown-option'))
      nameDropdownOption(option, words);
}

/** Names the triggers and options as Pagefind creates and updates them. */
export function watchDropdownTriggers(root: HTMLElement): void {
  const { resultOne, resultMany } = root.dataset;
  const words = resultOne && resultMany ? { one: resultOne, many: resultMany } : undefined;
  nameDropdownTriggers(root, words);
  // Counts change with every query; setting a name only when it differs keeps the observer quiet.
  new MutationObserver(() => nameDropdownTriggers(root, words)).observe(root, {
    childList: true,
    subtree: true,
    characterData: true,
  });
}
