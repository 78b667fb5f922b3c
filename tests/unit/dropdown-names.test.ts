import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { nameDropdownTriggers } from '../../src/scripts/dropdown-names';

describe('names for Pagefind filter dropdowns', () => {
  it('labels each combobox trigger by its visible label and selection badge', () => {
    const { document } = parseHTML(
      '<div><button id="t1" class="pf-dropdown-trigger" role="combobox"><span class="pf-dropdown-trigger-label">Seitentyp</span><span class="pf-dropdown-selected-badge">1</span></button></div>',
    );
    nameDropdownTriggers(document);
    const trigger = document.getElementById('t1')!;
    const ids = trigger.getAttribute('aria-labelledby')!.split(' ');
    expect(ids.map((id) => document.getElementById(id)!.textContent)).toEqual(['Seitentyp', '1']);
  });

  it('leaves a trigger that already has a name alone', () => {
    const { document } = parseHTML(
      '<button id="t2" class="pf-dropdown-trigger" aria-labelledby="x"><span class="pf-dropdown-trigger-label">A</span></button>',
    );
    nameDropdownTriggers(document);
    expect(document.getElementById('t2')!.getAttribute('aria-labelledby')).toBe('x');
  });

  it('names each filter option in the page’s language with its count', () => {
    const { document } = parseHTML(
      '<div><div class="pf-dropdown-option" aria-label="Maßnahme, 103 results"><span class="pf-dropdown-option-label">Maßnahme</span><span class="pf-dropdown-option-count">103</span></div><div class="pf-dropdown-option"><span class="pf-dropdown-option-label">Säule</span><span class="pf-dropdown-option-count">1</span></div></div>',
    );
    nameDropdownTriggers(document, { one: 'Ergebnis', many: 'Ergebnisse' });
    const names = [...document.querySelectorAll('.pf-dropdown-option')].map((o) =>
      o.getAttribute('aria-label'),
    );
    expect(names).toEqual(['Maßnahme, 103 Ergebnisse', 'Säule, 1 Ergebnis']);
  });
});
