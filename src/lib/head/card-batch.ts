import { LOCALES } from '../../i18n/locales';
import { ENTITY_KINDS, STATIC_PAGES, type StaticPage } from '../routes/urls';
import { entityCard, entityIds, staticPageCard, type EntitySource } from '../views/entity-titles';
import { recordPhase } from '../build/timings';
import { prerenderPngs, renderPng } from './render-png';
import { cardSvg } from './social-card';

/** Every social card of the site as SVG, in the order of the card routes. */
export function allCardSvgs(src: EntitySource): string[] {
  return LOCALES.flatMap((locale) => [
    ...ENTITY_KINDS.flatMap((kind) =>
      entityIds(src.model, kind).map((id) => cardSvg(entityCard(src, kind, id, locale))),
    ),
    ...(Object.keys(STATIC_PAGES) as StaticPage[]).map((page) =>
      cardSvg(staticPageCard(src, page, locale)),
    ),
  ]);
}

let batchStarted = false;

/**
 * The PNG of one card. In a build, the first card asked for starts all the others across the cores
 * (the dev server renders only the card it serves).
 */
export function cardPng(src: EntitySource, svg: string): Promise<Uint8Array<ArrayBuffer>> {
  if (!batchStarted && !import.meta.env.DEV) {
    batchStarted = true;
    const started = performance.now();
    void prerenderPngs(allCardSvgs(src)).then(() =>
      recordPhase('cards', performance.now() - started),
    );
  }
  return renderPng(svg);
}
