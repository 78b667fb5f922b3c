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

export function nameDropdownTriggers(root: ParentNode): void {
  for (const trigger of root.querySelectorAll<HTMLElement>('button.pf-dropdown-trigger'))
    nameDropdownTrigger(trigger);
}

/** Names the triggers as Pagefind creates them. */
export function watchDropdownTriggers(root: HTMLElement): void {
  nameDropdownTriggers(root);
  new MutationObserver(() => nameDropdownTriggers(root)).observe(root, {
    childList: true,
    subtree: true,
  });
}
