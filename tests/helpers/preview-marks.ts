import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { de } from '../../src/i18n/ui/de';
import { en } from '../../src/i18n/ui/en';

/** The cite box's label for a page's own address, in a preview and in a deployment build. */
export const URL_LABELS = {
  preview: [de['cite.previewUrl'], en['cite.previewUrl']],
  permanent: [de['cite.permalink'], en['cite.permalink']],
};

export interface PreviewMarks {
  /** Path of the HTML file under dist/. */
  file: string;
  noindex: boolean;
  note: boolean;
  /** The cite box's label for the page's own URL, if the page has a cite box. */
  urlLabel: string | undefined;
  canonical: string | undefined;
  /** The 404 page and redirect pages are never indexed, in any build. */
  alwaysNoindex: boolean;
}

/** What marks each page of a build as a preview (src/lib/deploy/origin.ts): noindex, the note, the cite box label. */
export function previewMarks(dist: string): PreviewMarks[] {
  return (readdirSync(dist, { recursive: true }) as string[])
    .filter((f) => f.endsWith('.html') && !f.startsWith('pagefind'))
    .sort()
    .map((file) => {
      const { document } = parseHTML(readFileSync(join(dist, file), 'utf8'));
      const redirect = document.querySelector('meta[http-equiv="refresh"]') !== null;
      return {
        file,
        noindex: /noindex/.test(
          document.querySelector('meta[name="robots"]')?.getAttribute('content') ?? '',
        ),
        note: document.querySelector('.preview-note') !== null,
        urlLabel: document.querySelector('.cite-box dt')?.textContent.trim(),
        canonical:
          document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? undefined,
        alwaysNoindex: redirect || file === '404.html',
      };
    });
}

/** Pages that break the rule for a preview build (`preview`) or a deployment build (`!preview`), one line each. */
export function markProblems(
  pages: PreviewMarks[],
  preview: boolean,
  labels: { preview: string[]; permanent: string[] },
): string[] {
  const problems: string[] = [];
  for (const p of pages) {
    if (p.noindex !== (preview || p.alwaysNoindex))
      problems.push(`${p.file}: ${p.noindex ? 'noindex' : 'no noindex'}`);
    if (!p.alwaysNoindex && p.note !== preview)
      problems.push(`${p.file}: ${p.note ? 'preview note' : 'no preview note'}`);
    if (
      p.urlLabel !== undefined &&
      !(preview ? labels.preview : labels.permanent).includes(p.urlLabel)
    ) {
      problems.push(`${p.file}: cite box label "${p.urlLabel}"`);
    }
  }
  return problems;
}
