import type { Locale } from '../../i18n/locales';
import { useTranslations } from '../../i18n';
import type { SiteData } from '../content/site-data';
import { entityPath, pagePath, type EntityKind } from '../routes/urls';

export interface Crumb {
  label: string;
  href: string;
}

/**
 * Breadcrumb trails: Home › Pillar › Section › Measure. The last crumb is the page itself and is
 * rendered without a link.
 */
export function breadcrumbs(
  site: SiteData,
  locale: Locale,
  kind: EntityKind | 'page',
  id: string,
  pageTitle: string,
): Crumb[] {
  const t = useTranslations(locale);
  const home: Crumb = { label: t('nav.home'), href: pagePath('home', locale) };
  const pillarCrumb = (pillarId: string): Crumb => ({
    label: `${t('kind.pillar')} ${site.pillar(pillarId).roman}`,
    href: entityPath('pillar', pillarId, locale),
  });
  const sectionCrumb = (sectionId: string): Crumb => ({
    label: `${sectionId} ${site.text(locale, 'sections', sectionId).data.title}`,
    href: entityPath('section', sectionId, locale),
  });
  switch (kind) {
    case 'pillar':
      return [
        home,
        {
          label: `${t('kind.pillar')} ${site.pillar(id).roman}`,
          href: entityPath('pillar', id, locale),
        },
      ];
    case 'section': {
      const s = site.section(id);
      return [home, pillarCrumb(s.pillar), sectionCrumb(id)];
    }
    case 'measure': {
      const m = site.measure(id);
      return [
        home,
        pillarCrumb(m.pillar),
        sectionCrumb(m.section),
        { label: `${t('kind.measure')} ${id}`, href: entityPath('measure', id, locale) },
      ];
    }
    case 'order':
      return [
        home,
        { label: t('nav.orders'), href: pagePath('orders', locale) },
        { label: `EO ${id}`, href: entityPath('order', id, locale) },
      ];
    case 'prior':
      return [
        home,
        { label: t('nav.prior'), href: pagePath('prior', locale) },
        { label: pageTitle, href: entityPath('prior', id, locale) },
      ];
    case 'agency':
      return [home, { label: pageTitle, href: entityPath('agency', id, locale) }];
    case 'topic':
      return [
        home,
        { label: t('nav.topics'), href: pagePath('topics', locale) },
        { label: pageTitle, href: entityPath('topic', id, locale) },
      ];
    case 'page':
      return [home, { label: pageTitle, href: '' }];
  }
}
