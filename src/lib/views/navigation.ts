import { STATIC_PAGES, type StaticPage } from '../routes/urls';
import type { UiKey } from '../../i18n/ui/de';

/** A group of the main menu: its heading and the overview pages under it, in reading order. */
export interface NavGroup {
  readonly id: 'plan' | 'orders' | 'comparison' | 'status' | 'reference';
  readonly label: UiKey;
  readonly pages: readonly string[];
}

/**
 * The main menu, grouped the way readers think: the plan (with its full text), the orders (with their
 * deadlines), the comparison with the prior administration, the implementation status, and reference
 * pages. `status` is reserved for the implementation tracker's page: it appears as soon as
 * `STATIC_PAGES` defines it.
 */
export const NAV_GROUPS: readonly NavGroup[] = [
  { id: 'plan', label: 'nav.group.plan', pages: ['measures', 'planText'] },
  { id: 'orders', label: 'nav.group.orders', pages: ['orders', 'deadlines'] },
  { id: 'comparison', label: 'nav.group.comparison', pages: ['topics', 'prior'] },
  { id: 'status', label: 'nav.group.status', pages: ['status'] },
  {
    id: 'reference',
    label: 'nav.group.reference',
    pages: ['glossary', 'agencies', 'data', 'methodology', 'changes'],
  },
];

/** The groups with the pages this build has; a group without any page is left out. */
export function navGroups(
  defined: Readonly<Record<string, unknown>> = STATIC_PAGES,
): { id: NavGroup['id']; label: UiKey; pages: StaticPage[] }[] {
  return NAV_GROUPS.map((g) => ({
    id: g.id,
    label: g.label,
    pages: g.pages.filter((p) => Object.hasOwn(defined, p)) as StaticPage[],
  })).filter((g) => g.pages.length > 0);
}

/** The group a page belongs to (for marking the menu), by the first path segment after the locale. */
export function navGroupOf(
  path: string,
  defined: Readonly<Record<string, { path: string }>> = STATIC_PAGES,
): NavGroup['id'] | undefined {
  const rest = path.replace(/^\/[a-z]{2}\//, '');
  const segment = rest.split('/')[0] ?? '';
  if (segment === '') return undefined;
  const bySegment: Record<string, NavGroup['id']> = {
    pillars: 'plan',
    sections: 'plan',
    plan: 'plan',
    measures: 'plan',
    orders: 'orders',
    deadlines: 'orders',
    topics: 'comparison',
    prior: 'comparison',
    status: 'status',
    documents: 'status',
    agencies: 'reference',
  };
  if (bySegment[segment]) return bySegment[segment];
  for (const g of NAV_GROUPS)
    if (g.pages.some((p) => Object.hasOwn(defined, p) && defined[p]!.path === `${segment}/`))
      return g.id;
  return undefined;
}
