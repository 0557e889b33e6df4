import { isNodeId, type WizardTree } from './tree.ts';

/** The wizard node a site path shows (`/sv/wizard/device/` → `device`, `/sv/wizard/` → the start), or undefined for anything else. */
export function nodeFromPath(tree: WizardTree, pathname: unknown): string | undefined {
  if (typeof pathname !== 'string' || pathname.length > 200) return undefined;
  const match = /^\/(ru|sv|en)\/wizard\/(?:([a-z-]+)\/)?$/.exec(pathname);
  if (!match) return undefined;
  const id = match[2] ?? tree.start;
  if (match[2] === tree.start) return undefined;
  return isNodeId(tree, id) ? id : undefined;
}

/** One answer the reader gave, with the words they saw, for the "your answers" list. */
export interface GivenAnswer {
  question: string;
  questionText: string;
  answerText: string;
  url: string;
}

/** Reads the answers kept in a history entry, dropping anything that is not of the expected shape. */
export function answersFromState(state: unknown): GivenAnswer[] {
  const list = (state as { answers?: unknown } | null)?.answers;
  if (!Array.isArray(list)) return [];
  return list
    .filter((a): a is GivenAnswer => a !== null && typeof a === 'object' && ['question', 'questionText', 'answerText', 'url'].every((k) => typeof (a as Record<string, unknown>)[k] === 'string'))
    .slice(0, 20);
}
