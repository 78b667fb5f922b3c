/**
 * Pinpoint anchors: the IDs on a page that carry a visible self-link (`a.anchor-link`). These are
 * the anchors readers copy and cite, so they are kept in tests/manifest/anchors.txt like URLs.
 */
export function pinpointIds(document: Document): string[] {
  const ids = new Set<string>();
  for (const link of document.querySelectorAll('a.anchor-link[href^="#"]')) {
    const id = decodeURIComponent(link.getAttribute('href')!.slice(1));
    if (document.getElementById(id)) ids.add(id);
  }
  return [...ids].sort();
}

/** Manifest lines look like `/en/measures/1-3-2/#original`. */
export function pinpointUrls(path: string, document: Document): string[] {
  return pinpointIds(document).map((id) => `${path}#${id}`);
}

export function readManifest(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
}
