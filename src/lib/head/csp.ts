/**
 * The Content Security Policy every page carries in a `<meta http-equiv>`, so it holds on any static
 * host without server configuration. Scripts only from the site's own files: Astro bundles every
 * script to an external module (astro.config.mjs keeps Vite from inlining them), so no hash list is
 * needed. Pagefind compiles its WebAssembly search engine in the browser, hence 'wasm-unsafe-eval'
 * (it allows WebAssembly only, not eval). `frame-ancestors`, `report-uri` and `sandbox` are ignored
 * in a meta policy; a host that wants clickjacking protection must send them as a header.
 */
export const CSP_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'self'"],
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'worker-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
};

/** The directives as one header value: `default-src 'self'; script-src …`. */
export function contentSecurityPolicy(
  directives: Readonly<Record<string, readonly string[]>> = CSP_DIRECTIVES,
): string {
  return Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ');
}
