import type { Locale } from '../../i18n/locales';
import type { SiteData } from '../content/site-data';
import type { Relation } from '../content/model';
import { measureTopics } from './relations';

export interface MeasureRow {
  id: string;
  title: string;
  pillar: string;
  section: string;
  sectionTitle: string;
  agencies: string[];
  orders: { order: string; section: string }[];
  relations: { topic: string; title: string; relation: Relation }[];
}

/** One row per measure for the browse table, in plan order. */
export function measureRows(site: SiteData, locale: Locale): MeasureRow[] {
  return site.model.measures.map((m) => ({
    id: m.id,
    title: site.text(locale, 'measures', m.id).data.title,
    pillar: site.pillar(m.pillar).roman,
    section: m.section,
    sectionTitle: site.text(locale, 'sections', m.section).data.title,
    agencies: m.agencies.map((a) => site.agency(a).acronym ?? site.agency(a).nameEn),
    orders: site.implementedBy(m.id),
    relations: measureTopics(site, m.id).map((t) => ({
      topic: t.id,
      title: site.text(locale, 'topics', t.id).data.title,
      relation: t.relation,
    })),
  }));
}

export interface AgencyRow {
  id: string;
  name: string;
  assigned: number;
  involved: number;
}

/** Agencies with the number of measures they are assigned and those that also name them, most assigned first. */
export function agencyRows(site: SiteData): AgencyRow[] {
  return site.model.agencies
    .map((a) => {
      const roles = site.agencyRoles(a.id);
      return {
        id: a.id,
        name: a.acronym ? `${a.nameEn} (${a.acronym})` : a.nameEn,
        assigned: roles.assigned.length,
        involved: roles.involved.length,
      };
    })
    .sort(
      (a, b) =>
        b.assigned - a.assigned || b.involved - a.involved || a.name.localeCompare(b.name, 'en'),
    );
}
