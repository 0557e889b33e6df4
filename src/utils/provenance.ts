import { parse } from 'yaml';
import { sourcesSchema, type Sources } from '../schemas/provenance.ts';
import sourcesText from '../../content/sources.yaml?raw';

/** Parses content/sources.yaml; throws with the schema's message when it is malformed. */
export function parseSources(text: string): Sources {
  return sourcesSchema.parse(parse(text));
}

let cached: Sources | undefined;

/** The project's sources, read once per build. */
export function projectSources(): Sources {
  cached ??= parseSources(sourcesText);
  return cached;
}
