import type { APIRoute, GetStaticPaths } from 'astro';
import { LOCALES, type Locale } from '~/i18n/locales';
import { CITATION_FORMATS, citationFile, type CitationFormat } from '~/lib/citation/formats';
import { citableEntity, entityIds } from '~/lib/views/entity-titles';
import { ENTITY_KINDS, ENTITY_SEGMENTS, idToSlug, type EntityKind } from '~/lib/routes/urls';
import { loadSiteData } from '~/lib/content/site-data';

/** BibTeX, RIS and CSL-JSON next to every entity page: `/en/measures/1-3-2/cite.bib`. */
export const getStaticPaths = (async () => {
  const site = await loadSiteData();
  const formats = Object.keys(CITATION_FORMATS) as CitationFormat[];
  return LOCALES.flatMap((locale) =>
    ENTITY_KINDS.flatMap((kind) =>
      entityIds(site.model, kind).flatMap((id) =>
        formats.map((format) => ({
          params: {
            lang: locale,
            segment: ENTITY_SEGMENTS[kind],
            id: idToSlug(id),
            file: `cite.${CITATION_FORMATS[format].extension}`,
          },
          props: { locale, kind, id, format },
        })),
      ),
    ),
  );
}) satisfies GetStaticPaths;

interface Props {
  locale: Locale;
  kind: EntityKind;
  id: string;
  format: CitationFormat;
}

export const GET: APIRoute<Props> = async ({ props, site: siteUrl }) => {
  const site = await loadSiteData();
  const work = citableEntity(site, props.kind, props.id, props.locale, siteUrl!);
  return new Response(citationFile(work, props.format), {
    headers: { 'Content-Type': `${CITATION_FORMATS[props.format].mediaType}; charset=utf-8` },
  });
};
