import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import { locales, type Locale } from '../../src/i18n/locales.ts';
import { glossarySchema, labelsSchema, sourcesSchema, type Glossary, type Labels, type Sources } from '../../src/schemas/provenance.ts';
import { phrasesSchema } from '../../src/schemas/phrases.ts';
import type { PhrasesFile } from './phrase-rules.ts';
import type { Problem } from './content-rules.ts';

/** The data files beside the articles: sources, the label registry, and per language a glossary and the readers' phrases. */
export interface Provenance {
  sources: Sources;
  labels: Labels;
  glossaries: Record<Locale, Glossary>;
  phrases: Record<Locale, PhrasesFile>;
}

/** Reads one YAML data file against its schema; a missing or malformed file becomes a problem, not a crash. */
function readData<S extends z.ZodType, F>(root: string, shownRoot: string, name: string, schema: S, fallback: F, problems: Problem[]): z.output<S> | F {
  const file = `${shownRoot}/${name}`;
  if (!existsSync(join(root, name))) {
    problems.push({ level: 'error', file, line: 1, what: 'the file is missing', fix: 'restore it from the repository (see CONTRIBUTING.md)' });
    return fallback;
  }
  const counter = new LineCounter();
  const doc = parseDocument(readFileSync(join(root, name), 'utf8'), { lineCounter: counter, prettyErrors: false });
  if (doc.errors.length > 0) {
    const first = doc.errors[0]!;
    problems.push({ level: 'error', file, line: counter.linePos(first.pos[0]).line, what: `not valid YAML (${first.message.split('\n')[0]})`, fix: 'check quotes, colons and indentation; quote a label that holds a colon or starts with a symbol' });
    return fallback;
  }
  const result = schema.safeParse(doc.toJS());
  if (!result.success) {
    for (const issue of result.error.issues) {
      const node = doc.getIn(issue.path as (string | number)[], true) as { range?: [number, number, number] } | undefined;
      const line = node?.range ? counter.linePos(node.range[0]).line : 1;
      problems.push({ level: 'error', file, line, what: `${issue.path.join('.') || 'the file'}: ${issue.message}`, fix: 'compare it with the other entries of the file' });
    }
    return fallback;
  }
  return result.data;
}

/** The line each top-level key of a YAML file stands on; none for a missing or unreadable file. */
function keyLines(root: string, name: string): Record<string, number> {
  if (!existsSync(join(root, name))) return {};
  const counter = new LineCounter();
  const doc = parseDocument(readFileSync(join(root, name), 'utf8'), { lineCounter: counter, prettyErrors: false });
  const lines: Record<string, number> = {};
  if (isMap(doc.contents)) for (const { key } of doc.contents.items) if (isScalar(key) && key.range) lines[String(key.value)] = counter.linePos(key.range[0]).line;
  return lines;
}

/** Reads sources.yaml, labels.yaml, glossary/<lang>.yaml and phrases/<lang>.yaml from the content folder. */
export function readProvenance(root: string, shownRoot = 'content'): { provenance: Provenance; problems: Problem[] } {
  const problems: Problem[] = [];
  const read = <S extends z.ZodType, F>(name: string, schema: S, fallback: F) => readData(root, shownRoot, name, schema, fallback, problems);
  const sources = read('sources.yaml', sourcesSchema, {});
  const labels = read('labels.yaml', labelsSchema, []);
  const glossaries = Object.fromEntries(locales.map((lang) => [lang, read(`glossary/${lang}.yaml`, glossarySchema, [])])) as Record<Locale, Glossary>;
  const phrases = Object.fromEntries(
    locales.map((lang) => {
      const name = `phrases/${lang}.yaml`;
      return [lang, { path: `${shownRoot}/${name}`, lines: keyLines(root, name), data: read(name, phrasesSchema, undefined) }];
    }),
  ) as Record<Locale, PhrasesFile>;
  return { provenance: { sources, labels, glossaries, phrases }, problems };
}
