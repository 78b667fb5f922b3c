import type { ContentTree, Problem } from '../collections';
import { collector, type Row } from './shared';

/** Orders and instruments summarise every section of the document, and orders every deadline, in every language. */
export function checkDocumentSections(tree: ContentTree): Problem[] {
  const { problems, add } = collector();
  for (const collection of ['orders', 'prior'] as const) {
    const records = new Map((tree.data[collection]?.records ?? []).map((r) => [String((r as Row).id), r as Row]));
    for (const text of tree.texts.filter((t) => t.collection === collection)) {
      const record = records.get(text.id);
      if (!record) continue;
      const expected = ((record.sections as { number: string }[] | undefined) ?? []).map((s) => s.number);
      const given = text.sectionKeys ?? [];
      const missing = expected.filter((n) => !given.includes(n));
      const extra = given.filter((n) => !expected.includes(n));
      if (missing.length > 0)
        add(
          text.file,
          'sections',
          `no summary for section(s) ${missing.join(', ')}`,
          `add "${missing[0]}": "…" under "sections" in the front matter`,
        );
      if (extra.length > 0)
        add(
          text.file,
          'sections',
          `section(s) ${extra.join(', ')} do not exist in content/data/${collection}.json`,
          'remove them or correct the section number',
        );
      const deadlines = ((record.deadlines as { key: string }[] | undefined) ?? []).map((d) => d.key);
      const givenDeadlines = text.deadlineKeys ?? [];
      const missingDeadlines = deadlines.filter((k) => !givenDeadlines.includes(k));
      const extraDeadlines = givenDeadlines.filter((k) => !deadlines.includes(k));
      if (missingDeadlines.length > 0)
        add(
          text.file,
          'deadlines',
          `no text for deadline(s) ${missingDeadlines.map((k) => `"${k}"`).join(', ')}`,
          `add "${missingDeadlines[0]}": "who must deliver what" under "deadlines"`,
        );
      if (extraDeadlines.length > 0)
        add(
          text.file,
          'deadlines',
          `unknown deadline key(s) ${extraDeadlines.map((k) => `"${k}"`).join(', ')}`,
          `use the keys of "deadlines" in content/data/${collection}.json`,
        );
    }
  }
  return problems;
}
