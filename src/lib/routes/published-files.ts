/**
 * Which files of the build are URLs that people cite and that therefore must never disappear: every
 * page, the open-data files and schemas, the feeds, the sitemap and the citation downloads next to
 * each entity page. Not the search index, assets, social cards, robots.txt or the 404 page. Dependency-free, because scripts/update-manifest.ts imports it directly.
 */
export function publishedUrl(relativeFile: string): string | undefined {
  const file = relativeFile.replace(/\\/g, '/');
  if (file.startsWith('pagefind/') || file.startsWith('_astro/')) return undefined;
  if (file === 'index.html' || file.endsWith('/index.html'))
    return `/${file.slice(0, -'index.html'.length)}`;
  if (/^data\/.+\.(json|csv)$/.test(file)) return `/${file}`;
  if (/^[a-z]{2}\/.+\/cite\.(bib|ris|csl\.json)$/.test(file)) return `/${file}`;
  if (/^[a-z]{2}\/changes\.xml$/.test(file) || file === 'sitemap.xml') return `/${file}`;
  if (/^[a-z]{2}\/measures\/[^/]+\/events\.xml$/.test(file)) return `/${file}`;
  return undefined;
}
