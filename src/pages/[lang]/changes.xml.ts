import type { APIRoute } from 'astro';
import { useTranslations } from '~/i18n';
import type { Locale } from '~/i18n/locales';
import { atomFeed } from '~/lib/feeds/atom';
import { loadSiteData } from '~/lib/content/site-data';
import { localePaths } from '~/lib/routes/get-static-paths';

export function getStaticPaths() {
  return localePaths();
}

export const GET: APIRoute<{ locale: Locale }> = async ({ props, site }) => {
  const { locale } = props;
  const s = await loadSiteData();
  const t = useTranslations(locale);
  const body = atomFeed({
    locale,
    site: site!,
    title: `${t('changes.title')} · ${t('site.name')}`,
    subtitle: t('changes.description'),
    author: t('site.name'),
    rights: t('data.licenceShort'),
    fallbackDate: s.model.checked,
    changes: s.model.changes,
    entry: (change) => {
      const text = s.text(locale, 'changes', change.id).data;
      return {
        title: text.title,
        summary: text.summary,
        category: t(`changes.kind.${change.kind}`),
      };
    },
  });
  return new Response(body, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
