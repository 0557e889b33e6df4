// Finds the lines each string of a locale file or glossary stands on, so blame can date every string
// on its own. JSON is read as YAML (which it is), so one parser gives line numbers for both.
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { UNCOMMITTED, type Change } from './history.ts';

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
    } else if (node && (isScalar(node) || isSeq(node))) {
      const { from, to } = lines(node);
      add(path.join('.'), from, to);
    }
  };
  walk(doc.contents as Node, []);
  return out;
}

const NOT_COMMITTED = /^0{40}$/;

/** Each string's newest change: the newest commit that blame names for any of its lines. */
export function keyChanges(keys: ReadonlyMap<string, LineRange>, blame: ReadonlyMap<number, string>, commits: ReadonlyMap<string, Change>): Map<string, Change> {
  const out = new Map<string, Change>();
  for (const [key, { from, to }] of keys) {
    for (let line = from; line <= to; line++) {
      const hash = blame.get(line);
      const change = hash === undefined ? undefined : NOT_COMMITTED.test(hash) ? UNCOMMITTED : commits.get(hash);
      const known = out.get(key);
      if (change && (!known || change.rank < known.rank)) out.set(key, change);
    }
  }
  return out;
}
