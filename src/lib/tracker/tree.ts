import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DataFile } from '../content/collections';
import { TRACKER_COLLECTIONS, TRACKER_FILES, type TrackerCollection } from './schemas';

/** The tracker's data files as read from disk; a missing file is left out (the check reports it). */
export type TrackerFiles = Partial<Record<TrackerCollection, DataFile>>;

export function readTrackerFiles(root: string): TrackerFiles {
  const files: TrackerFiles = {};
  for (const name of TRACKER_COLLECTIONS) {
    const file = TRACKER_FILES[name];
    const path = join(root, file);
    if (!existsSync(path)) continue;
    let records: unknown;
    try {
      records = JSON.parse(readFileSync(path, 'utf8'));
    } catch (error) {
      throw new Error(
        `${file}: not valid JSON (${(error as Error).message})\n  Fix: correct the JSON syntax`,
        { cause: error },
      );
    }
    if (!Array.isArray(records))
      throw new Error(`${file}: expected an array of records\n  Fix: wrap the records in [ … ]`);
    files[name] = { file, records };
  }
  return files;
}
