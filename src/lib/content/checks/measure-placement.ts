import type { ContentTree, Problem } from '../collections';
import { collector, type Row } from './shared';

/** A measure sits in its section's pillar, its ID starts with its section's, and its key phrase occurs in its original text. */
export function checkMeasurePlacement(tree: ContentTree): Problem[] {
  const { problems, add } = collector();
  const sections = new Map((tree.data.sections?.records ?? []).map((r) => [String((r as Row).id), r as Row]));
  for (const raw of tree.data.measures?.records ?? []) {
    const m = raw as Row;
    const file = tree.data.measures!.file;
    const section = sections.get(String(m.section));
    if (section && section.pillar !== m.pillar) {
      add(
        file,
        `"${String(m.id)}".pillar`,
        `pillar "${String(m.pillar)}" does not match its section ${String(m.section)} (pillar "${String(section.pillar)}")`,
        'set "pillar" to the pillar of its section',
      );
    }
    if (typeof m.id === 'string' && typeof m.section === 'string' && !m.id.startsWith(`${m.section}.`)) {
      add(
        file,
        `"${m.id}".section`,
        `measure ${m.id} is filed under section ${m.section}`,
        'a measure ID starts with its section ID (1.3.2 belongs to 1.3)',
      );
    }
    if (typeof m.keyPhrase === 'string' && typeof m.originalText === 'string' && !m.originalText.includes(m.keyPhrase)) {
      add(
        file,
        `"${String(m.id)}".keyPhrase`,
        'the key phrase does not occur word for word in the original text',
        'copy the key phrase exactly from "originalText" (it is shown as a quotation)',
      );
    }
  }
  return problems;
}
