import { spawnSync } from 'node:child_process';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/content';
import { builtPages } from '../helpers/dist';
import { findJava, JAVA_MISSING } from '../../scripts/find-java.ts';

interface VnuMessage {
  type: string;
  subType?: string;
  url: string;
  lastLine?: number;
  message: string;
}

const VNU = join(ROOT, 'node_modules', 'vnu-jar', 'build', 'dist', 'vnu.jar');

describe('valid HTML (W3C Nu HTML checker)', () => {
  it('every built page has 0 errors', { timeout: 180_000 }, () => {
    const java = findJava();
    if (!java) throw new Error(JAVA_MISSING);
    const files = builtPages().map((p) => p.file);
    expect(files.length).toBeGreaterThan(400);
    // One JVM for all pages: starting Java per file would take minutes.
    const run = spawnSync(java, ['-jar', VNU, '--errors-only', '--format', 'json', ...files], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    if (run.error) throw run.error;
    const { messages } = JSON.parse(run.stderr || run.stdout) as { messages: VnuMessage[] };
    const errors = messages
      .filter((m) => m.type === 'error' || m.subType === 'fatal')
      .map((m) => `${relative(ROOT, new URL(m.url).pathname)}:${m.lastLine ?? '?'}: ${m.message}`);
    expect(errors, `${errors.length} HTML error(s):\n${errors.slice(0, 50).join('\n')}`).toEqual(
      [],
    );
  });
});
