import type { APIRoute } from 'astro';
import { useTranslations } from '../../../../i18n';
import type { Locale } from '../../../../i18n/locales';
import { loadSiteData } from '~/lib/content/site-data';
import { localizedPaths } from '~/lib/routes/get-static-paths';
import { loadTracker } from '../../../../lib/tracker/load';
import { measureFeed } from '../../../../lib/tracker/measure-feed';
import { formatEventDate } from '../../../../lib/tracker/format';

/** Each measure's own Atom feed: its events, status changes and corrections. */
export async function getStaticPaths() {
  const site = await loadSiteData();
  return localizedPaths(site.model.measures.map((m) => m.id));
}

export const GET: APIRoute<{ locale: Locale; id: string }> = async ({ props, site }) => {
  const { locale, id } = props;
  const s = await loadSiteData();
  const tracker = await loadTracker();
  const t = useTranslations(locale);
  const body = measureFeed({
    locale,
    site: site!,
    measureId: id,
    title: `${t('kind.measure')} ${id}: ${s.textTitle(locale, 'measures', id)} · ${t('tracker.section')} · ${t('site.name')}`,
    author: t('site.name'),
    rights: t('data.licenceShort'),
    fallbackDate: tracker.statusOf(id)?.checked ?? s.model.checked,
    events: tracker.eventsOfMeasure(id).map((x) => x.event),
    changes: s.model.changes,
    eventEntry: (e) => ({
      title: `${formatEventDate(e.date, locale)}: ${e.title}`,
      summary: e.summary[locale],
      category: t(`eventKind.${e.kind}`),
    }),
    changeEntry: (c) => {
      const text = s.text(locale, 'changes', c.id).data;
      return { title: text.title, summary: text.summary, category: t(`changes.kind.${c.kind}`) };
    },
  });
  return new Response(body, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
