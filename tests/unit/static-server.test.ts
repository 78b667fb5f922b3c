import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileInDir, serveDir } from '../../scripts/static-server.ts';
import { get } from '../helpers/raw-http';
import { TRAVERSALS } from '../helpers/traversals';

describe('static server for tests and benchmark', () => {
  const base = mkdtempSync(join(tmpdir(), 'atlas-static-'));
  const site = join(base, 'site');
  let server: Awaited<ReturnType<typeof serveDir>>;

  beforeAll(async () => {
    mkdirSync(join(site, 'en'), { recursive: true });
    writeFileSync(join(site, 'index.html'), '<p>home</p>');
    writeFileSync(join(site, '404.html'), '<p>not found</p>');
    writeFileSync(join(site, 'en', 'index.html'), '<p>en</p>');
    writeFileSync(join(base, 'secret.txt'), 'SECRET');
    symlinkSync(base, join(site, 'link'));
    symlinkSync(join(base, 'secret.txt'), join(site, 'link-file'));
    server = await serveDir(site);
  });
  afterAll(async () => {
    await server.close();
    rmSync(base, { recursive: true, force: true });
  });

  it('serves the files and directory indexes of its directory', async () => {
    expect((await get(server.origin, '/en/')).body.toString()).toBe('<p>en</p>');
    expect((await get(server.origin, '/')).body.toString()).toBe('<p>home</p>');
    expect(fileInDir(site, '/en/index.html')).toBe(join(site, 'en', 'index.html'));
  });

  it.each(TRAVERSALS)('gives nothing outside it for %s', async (path) => {
    const res = await get(server.origin, path);
    expect(res.status).toBe(404);
    expect(res.body.toString()).not.toMatch(/SECRET|root:/);
    expect(fileInDir(site, path)).toBeUndefined();
  });
});
