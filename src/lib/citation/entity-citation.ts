import type { Locale } from '../../i18n/locales';
import { CITATION_FORMATS, type CitableWork, type CitationFormat, type Styled } from './formats';
import { citableEntity, type EntitySource } from '../views/entity-titles';
import type { DocSection } from '../content/model';
import {
  orderSectionCitations,
  orderCitation,
  originalCertainty,
  planCitation,
  priorCitation,
} from './original';
import type { Certainty } from '../content/certainty';
import {
  orderLegislation,
  planLegislation,
  priorLegislation,
  type Legislation,
} from '../head/metadata';
import { cardPath, citationPath, entityDataPath, type EntityKind } from '../routes/urls';

/** Everything the cite box and the page metadata say about one entity page. */
export interface EntityCitation {
  work: CitableWork;
  /** Citation of the US original the page describes, where there is one original. */
  original: Styled | undefined;
  /** How certain the original's citation and date are, where not settled: the cite box marks it. */
  originalLevel?: Certainty | undefined;
  /** Pinpoint citations of each section of an order. */
  sections: { section: DocSection; citation: Styled }[];
  /** The originals, for JSON-LD `isBasedOn`. */
  basedOn: Legislation[];
  downloads: { format: CitationFormat; href: string }[];
  /** The entity's record in the open data. */
  data: string;
  /** Absolute URL of the social card. */
  card: string;
}

/** Orders and prior instruments a comparison topic sets against each other, in the order they are cited. */
function topicSources(src: EntitySource, id: string): Legislation[] {
  const topic = src.model.topics.find((t) => t.id === id);
  if (!topic) throw new Error(`Unknown comparison topic "${id}"`);
  const refs = [...topic.rows.flatMap((r) => [...r.prior, ...r.current]), ...topic.orders].map(
    (r) => r.split('#')[0]!,
  );
  const seen = new Set<string>();
  const out: Legislation[] = [planLegislation()];
  for (const ref of refs) {
    if (seen.has(ref)) continue;
    seen.add(ref);
    const [kind, refId] = ref.split(':') as [string, string];
    if (kind === 'order') out.push(orderLegislation(src.order(refId)));
    if (kind === 'prior') out.push(priorLegislation(src.prior(refId)));
  }
  return out;
}

function originals(
  src: EntitySource,
  kind: EntityKind,
  id: string,
  locale: Locale,
): Pick<EntityCitation, 'original' | 'sections' | 'basedOn'> & {
  originalLevel?: Certainty | undefined;
} {
  switch (kind) {
    case 'pillar': {
      const p = src.pillar(id);
      return {
        original: planCitation(locale, p.printedPages, `${p.pdfPages.from}–${p.pdfPages.to}`),
        sections: [],
        basedOn: [planLegislation(p.pdfPages.from)],
      };
    }
    case 'section': {
      const s = src.section(id);
      return {
        original: planCitation(locale, s.printedPage, String(s.pdfPage)),
        sections: [],
        basedOn: [planLegislation(s.pdfPage)],
      };
    }
    case 'measure': {
      const m = src.measure(id);
      return {
        original: planCitation(locale, m.printedPage, String(m.pdfPage)),
        sections: [],
        basedOn: [planLegislation(m.pdfPage)],
      };
    }
    case 'order': {
      const o = src.order(id);
      return {
        original: orderCitation(o, locale),
        originalLevel: originalCertainty({ kind: 'order', order: o }),
        sections: orderSectionCitations(o, locale),
        basedOn: [orderLegislation(o)],
      };
    }
    case 'prior': {
      const d = src.prior(id);
      return {
        original: priorCitation(d, locale),
        originalLevel: originalCertainty({ kind: 'prior', prior: d }),
        sections: [],
        basedOn: [priorLegislation(d)],
      };
    }
    case 'agency':
      return { original: undefined, sections: [], basedOn: [planLegislation()] };
    case 'topic':
      return { original: undefined, sections: [], basedOn: topicSources(src, id) };
  }
}

export function entityCitation(
  src: EntitySource,
  kind: EntityKind,
  id: string,
  locale: Locale,
  site: URL,
): EntityCitation {
  const formats = Object.keys(CITATION_FORMATS) as CitationFormat[];
  const { originalLevel, ...rest } = originals(src, kind, id, locale);
  return {
    work: citableEntity(src, kind, id, locale, site),
    ...rest,
    originalLevel,
    downloads: formats.map((format) => ({
      format,
      href: citationPath(kind, id, locale, CITATION_FORMATS[format].extension),
    })),
    data: entityDataPath(kind, id),
    card: new URL(cardPath(kind, id, locale), site).href,
  };
}
