import { isPreviewSite } from './origin';

/**
 * Print: the print stylesheet (src/styles/global.css) writes every internal link's target after it as
 * `var(--print-origin)` + the link's path, so a printout carries whole addresses. The origin is a
 * build-time fact, and the Content Security Policy forbids inline styles, so it goes into the bundled
 * stylesheet itself: this PostCSS plugin (astro.config.mjs) sets the custom property's value.
 *
 * A preview build has no public origin (its origin is the local preview server, which no reader of a
 * printout can reach), so it prints paths alone, as the preview note on every page explains.
 */
export const PRINT_ORIGIN_PROPERTY = '--print-origin';

/** The origin a printout puts before internal paths: the canonical origin, or nothing in a preview. */
export function printOrigin(site: string): string {
  return isPreviewSite(site) ? '' : new URL(site).origin;
}

/** A CSS string literal: `"https://atlas.example.org"`. */
export function cssString(value: string): string {
  return `"${value.replace(/[\\"]/g, (c) => `\\${c}`).replace(/\n/g, '\\a ')}"`;
}

interface Declaration {
  value: string;
}

/** The PostCSS plugin: every declaration of `--print-origin` gets the build's origin as its value. */
export function printOriginPlugin(site: string) {
  const value = cssString(printOrigin(site));
  return {
    postcssPlugin: 'atlas-print-origin',
    Declaration: {
      [PRINT_ORIGIN_PROPERTY]: (decl: Declaration) => {
        if (decl.value !== value) decl.value = value;
      },
    },
  };
}
