import { rowMatches, sortRows, type SortDirection, type TableRow } from '../lib/views/table-view';

/**
 * Sorting and filtering for the static measures table. The table is complete without JavaScript;
 * this only adds sort buttons to the column headers, shows the filter controls and hides or
 * reorders rows. The number of rows shown is announced in a polite live region.
 */
export function initMeasureTable(): void {
  const table = document.querySelector<HTMLTableElement>('table[data-measure-table]');
  const controls = document.querySelector<HTMLElement>('[data-measure-controls]');
  const filter = controls?.querySelector<HTMLInputElement>('[data-measure-filter]');
  const pillar = controls?.querySelector<HTMLSelectElement>('[data-measure-pillar]');
  const status = controls?.querySelector<HTMLElement>('[data-measure-count]');
  const body = table?.tBodies[0];
  if (!table || !controls || !filter || !pillar || !status || !body) return;

  const locale = document.documentElement.lang;
  const headers = [...table.tHead!.rows[0]!.cells];
  const keys = headers.map((th) => th.dataset.col ?? '');
  const trs = [...body.rows];
  const rows: TableRow[] = trs.map((tr) => ({
    pillar: tr.dataset.pillar ?? '',
    cells: Object.fromEntries(
      [...tr.cells].map((cell, i) => [keys[i]!, cell.textContent?.trim() ?? '']),
    ),
  }));

  const update = () => {
    let shown = 0;
    rows.forEach((row, i) => {
      const match = rowMatches(row, filter.value, pillar.value);
      trs[i]!.hidden = !match;
      if (match) shown++;
    });
    status.textContent = status.dataset
      .template!.replace('{n}', String(shown))
      .replace('{total}', String(rows.length));
  };

  headers.forEach((th, column) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort-button';
    button.append(...th.childNodes);
    th.append(button);
    button.addEventListener('click', () => {
      const direction: SortDirection =
        th.getAttribute('aria-sort') === 'ascending' ? 'descending' : 'ascending';
      headers.forEach((h) => h.removeAttribute('aria-sort'));
      th.setAttribute('aria-sort', direction);
      body.append(...sortRows(rows, keys[column]!, direction, locale).map((i) => trs[i]!));
    });
  });
  headers[0]!.setAttribute('aria-sort', 'ascending');

  filter.addEventListener('input', update);
  pillar.addEventListener('change', update);
  controls.hidden = false;
}
