/**
 * The language link points to the same entity in the other language; a fragment (`#original`,
 * `#sec-2`) never reaches the server, so the link cannot carry it by itself. Anchors are the same in
 * both languages (src/lib/anchors.ts), so the reader's current fragment is carried over on click.
 */
export function hrefWithHash(href: string, hash: string): string {
  if (!hash || hash === '#') return href;
  return href.replace(/#.*$/, '') + hash;
}

export function initLangSwitch(doc: Document = document): void {
  for (const link of doc.querySelectorAll<HTMLAnchorElement>('a.lang-switch')) {
    link.addEventListener('click', () => {
      link.href = hrefWithHash(link.getAttribute('href') ?? '', doc.location.hash);
    });
  }
}
