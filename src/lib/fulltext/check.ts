import type { Problem } from '../content/collections';
import { fulltextFiles } from './collections';

/**
 * Cross-file checks of the primary texts that Zod cannot do on one file: every English block has
 * its translation and no translation has a block the English lacks, the footnote marks of a block
 * survive translation, and each recommended action names a measure that exists (and each measure
 * has its action). Each problem names the file, the block ID and the fix.
 */
export function checkFulltext(root: string, measureIds: ReadonlySet<string>): Problem[] {
  const problems: Problem[] = [];
  const english = new Map<string, { file: string; blocks: { id: string; text: string }[] }>();
  for (const f of fulltextFiles(root, 'planText'))
    english.set('plan', { file: f.file, blocks: f.data.blocks as { id: string; text: string }[] });
  for (const f of fulltextFiles(root, 'orderTexts'))
    english.set(f.id, { file: f.file, blocks: f.data.blocks as { id: string; text: string }[] });

  const translations = [
    ...fulltextFiles(root, 'planTranslations').map((f) => ({ ...f, of: 'plan' })),
    ...fulltextFiles(root, 'orderTranslations').map((f) => ({ ...f, of: f.id.split('/')[1]! })),
  ];
  const marks = (text: string) => (text.match(/\[\^\d+\]/g) ?? []).join(' ');
  for (const tr of translations) {
    const texts = (tr.data.texts ?? {}) as Record<string, unknown>;
    const en = english.get(tr.of);
    if (!en) {
      problems.push({
        file: tr.file,
        field: '(file)',
        message: `translates a text that has no English original (${tr.of})`,
        fix: `run \`npm run import-texts\` to write the English text, or delete ${tr.file}`,
      });
      continue;
    }
    const ids = new Set(en.blocks.map((b) => b.id));
    for (const b of en.blocks) {
      const t = texts[b.id];
      if (typeof t !== 'string' || t.trim() === '')
        problems.push({
          file: tr.file,
          field: b.id,
          message: `block "${b.id}" of ${en.file} has no translation`,
          fix: `add "${b.id}": "<translation>" to ${tr.file}`,
        });
      else if (marks(t) !== marks(b.text))
        problems.push({
          file: tr.file,
          field: b.id,
          message: `footnote marks differ: English has [${marks(b.text)}], the translation [${marks(t)}]`,
          fix: `keep every footnote mark of the English block ([^n]) in the translation, in the same order`,
        });
    }
    for (const id of Object.keys(texts))
      if (!ids.has(id))
        problems.push({
          file: tr.file,
          field: id,
          message: `"${id}" is not a block of ${en.file}`,
          fix: `remove "${id}" or rename it to the ID of the English block it translates`,
        });
  }

  const plan = english.get('plan');
  if (plan) {
    const actions = (plan.blocks as { id: string; kind?: string; measure?: string }[]).filter(
      (b) => b.kind === 'action',
    );
    const seen = new Set<string>();
    for (const a of actions) {
      seen.add(a.measure!);
      if (!measureIds.has(a.measure!))
        problems.push({
          file: plan.file,
          field: a.id,
          message: `recommended action "${a.id}" names measure ${a.measure}, which content/data/measures.json lacks`,
          fix: `add measure ${a.measure} to content/data/measures.json (npm run import-reference), or re-run npm run import-texts`,
        });
    }
    for (const id of measureIds)
      if (!seen.has(id))
        problems.push({
          file: plan.file,
          field: '(actions)',
          message: `measure ${id} has no recommended action in the plan text`,
          fix: `re-run npm run import-texts, or correct the measure's ID in content/data/measures.json`,
        });
  }
  return problems;
}
