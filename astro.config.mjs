// @ts-check
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import { fileURLToPath } from 'node:url';
import { markdownPlugins } from './src/plugins/index.ts';
import { contentCheck } from './src/integrations/content-check.ts';
import { buildTimings } from './src/integrations/build-timings.ts';
import { afterPages } from './src/integrations/after-pages.ts';
import { oldOutput } from './src/integrations/old-output.ts';
import { siteOrigin } from './src/lib/deploy/origin.ts';
import { printOriginPlugin } from './src/lib/deploy/print-origin.ts';

const root = fileURLToPath(new URL('.', import.meta.url));
const { remarkPlugins, rehypePlugins } = markdownPlugins(root);

export default defineConfig({
  // The public address (SITE_URL); without it a preview build (src/lib/deploy/origin.ts).
  site: siteOrigin(),
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: {
    processor: unified({ remarkPlugins: [...remarkPlugins], rehypePlugins: [...rehypePlugins] }),
  },
  integrations: [contentCheck(), oldOutput(), buildTimings(), afterPages()],
  devToolbar: { enabled: false },
  // Vite would inline small scripts into the HTML; the Content Security Policy (src/lib/csp.ts) allows
  // only external script files, so every bundled script stays a file. The print stylesheet gets the
  // origin it writes before printed link targets (src/lib/deploy/print-origin.ts).
  vite: {
    build: { assetsInlineLimit: 0 },
    css: { postcss: { plugins: [printOriginPlugin(siteOrigin())] } },
  },
});
