import type { Locale } from '../../i18n/locales';
import { useTranslations } from '../../i18n';
import type { SiteData } from '../content/site-data';
import { parseEntityRef } from '../content/entity-ref';
import { entityPath, isEntityKind, planPdfUrl } from '../routes/urls';

export interface RefView {
  /** The provision on this site. */
  href: string;
  label: string;
  /** The official source of that provision, where one is known. */
  official: string | undefined;
}

/**
 * Turns an entity link (`order:14318#sec-5`) into what a comparison claim shows: a readable label,
 * the page and anchor on this site, and the official source (the plan PDF at its page, or the
 * order's or instrument's official text).
 */
export function refView(ref: string, locale: Locale, site: SiteData): RefView {
  const t = useTranslations(locale);
  const parsed = parseEntityRef(ref);
  if (!parsed || !isEntityKind(parsed.scheme)) throw new Error(`Invalid entity reference "${ref}"`);
  const { scheme: kind, id, anchor } = parsed;
  const href = entityPath(kind, id, locale, anchor);
  const sec = anchor?.startsWith('sec-') ? `, Sec. ${anchor.slice(4)}` : '';
  switch (kind) {
    case 'measure':
      return {
        href,
        label: `${t('kind.measure')} ${id}`,
        official: planPdfUrl(site.measure(id).pdfPage),
      };
    case 'section':
      return {
        href,
        label: `${t('kind.section')} ${id}`,
        official: planPdfUrl(site.section(id).pdfPage),
      };
    case 'pillar':
      return {
        href,
        label: `${t('kind.pillar')} ${site.pillar(id).roman}`,
        official: planPdfUrl(site.pillar(id).pdfPages.from),
      };
    case 'order':
      return { href, label: `EO ${id}${sec}`, official: site.order(id).officialUrl ?? undefined };
    case 'prior': {
      const doc = site.prior(id);
      return {
        href,
        label: `${doc.number ?? site.text(locale, 'prior', id).data.title}${sec}`,
        official: doc.officialUrl ?? undefined,
      };
    }
    default:
      return { href, label: id, official: undefined };
  }
}
