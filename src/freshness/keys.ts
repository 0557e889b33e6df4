// Finds the lines each string of a locale file or glossary stands on, so each commit's diff tells which
// strings it changed. JSON is read as YAML (which it is), so one parser gives line numbers for both.
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';

/** First and last 1-based line of a string's value. */
export interface LineRange {
  from: number;
  to: number;
}

// Plural forms (`_one`, `_few`, `_many`, `_other`) differ by language, so they count as one string.
const pluralBase = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '');

/**
 * Every string of a locale file (dotted key paths, plural forms joined) or of a glossary (by `concept`),
 * with the lines it spans; lists inside an entry belong to the entry.
 */
export function dictionaryKeys(text: string): Map<string, LineRange> {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter });
  const out = new Map<string, LineRange>();
  const add = (key: string, from: number, to: number) => {
    const known = out.get(key);
    out.set(key, known ? { from: Math.min(known.from, from), to: Math.max(known.to, to) } : { from, to });
  };
  const lines = (node: Node) => ({ from: counter.linePos(node.range![0]).line, to: counter.linePos(Math.max(node.range![0], node.range![1] - 1)).line });
  const walk = (node: Node | null | undefined, path: string[]) => {
    if (isMap(node)) {
      for (const pair of node.items) walk(pair.value as Node, [...path, pluralBase(String((pair.key as { value?: unknown }).value))]);
    } else if (isSeq(node) && node.items.every((item) => isMap(item) && item.has('concept'))) {
      for (const item of node.items as Node[]) {
        const { from, to } = lines(item);
        add(String((item as unknown as { get(key: string): unknown }).get('concept')), from, to);
      }
    } else if (isScalar(node) || isSeq(node)) {
      const { from, to } = lines(node);
      add(path.join('.'), from, to);
    }
  };
  walk(doc.contents as Node, []);
  return out;
}

/** The strings a change touched: those with at least one added line (1-based) within their lines. */
export function changedKeys(keys: ReadonlyMap<string, LineRange>, added: readonly number[]): string[] {
  return [...keys].filter(([, { from, to }]) => added.some((line) => line >= from && line <= to)).map(([key]) => key);
}
