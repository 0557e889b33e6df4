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
