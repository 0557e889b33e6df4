import type { TFunction } from 'i18next';
import { wizardTree, type NodeId } from './tree.ts';

/** A wizard text by its path under `wizard.`; the keys come from the tree, so `validate` checks them, not the type system. */
export function wizardText(t: TFunction, path: string): string {
  return t(`wizard.${path}` as 'wizard.title');
}

/** A node's heading: its question, or its outcome's title. */
export function nodeTitle(t: TFunction, id: NodeId): string {
  return wizardText(t, `${wizardTree.nodes[id].kind === 'question' ? 'questions' : 'outcomes'}.${id}.title`);
}

/** A run of wizard text: plain, or a link to one of the site's own pages. */
export type TextPart = { text: string; href?: string };

// Only the site's own pages ("/sv/recover/chat-sign-in/"): a wizard string never links elsewhere.
const LINK = /\[([^\]]+)\]\((\/[^\s()]*)\)/g;

/** Splits a wizard string at its `[words](/path/)` links, so a step can point straight at the guide it names. */
export function textParts(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(LINK)) {
    if (match.index > last) parts.push({ text: text.slice(last, match.index) });
    parts.push({ text: match[1]!, href: match[2]! });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}
