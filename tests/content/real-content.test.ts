import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/content/all-checks';
import { runContentChecks } from '../../src/lib/content/all-checks';

// The same checks `astro build` runs first, on the repository's own content: `npm run check:content`
// answers in seconds what a build would refuse, with file, field and fix.
describe('the content of this repository', () => {
  it('passes every content check the build runs', () => {
    const root = fileURLToPath(new URL('../../', import.meta.url));
    const problems = runContentChecks(root, new Date().toISOString().slice(0, 10)).map(formatProblem);
    expect(problems).toEqual([]);
  });
});
