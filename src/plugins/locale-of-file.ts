import { isLocale, type Locale } from '../i18n/locales';

/** Prose lives under `content/text/<locale>/…`; the locale decides which URL a cross-reference gets. */
export function localeOfFile(path: string | undefined): Locale | undefined {
  const match = path?.replace(/\\/g, '/').match(/\/content\/text\/([a-z]{2})\//);
  return match && isLocale(match[1]) ? match[1] : undefined;
}

/** A project-relative path for error messages. */
export function displayPath(path: string | undefined): string {
  if (!path) return '(unknown file)';
  const normalised = path.replace(/\\/g, '/');
  const index = normalised.lastIndexOf('/content/');
  return index >= 0 ? normalised.slice(index + 1) : normalised;
}
