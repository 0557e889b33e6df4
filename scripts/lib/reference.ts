import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Where the reference texts live: beside the repository, or where REFERENCE_DIR points. */
export const referenceDir = process.env.REFERENCE_DIR ?? join(import.meta.dirname, '..', '..', '..', 'shared', 'reference');

/** Why tests that read the reference texts must skip (a clone without ../shared), or false when they can run. */
export function referenceSkip(): string | false {
  return existsSync(referenceDir) ? false : `the reference texts are not at ${referenceDir} (a clone without ../shared); CI has them`;
}

/** The text of every reference file (sources and facts), for overlap checks. */
export function readReferenceTexts(): string[] {
  return readdirSync(referenceDir)
    .filter((f) => /\.(txt|md)$/.test(f) && f !== 'README.md')
    .map((f) => readFileSync(join(referenceDir, f), 'utf8'));
}
