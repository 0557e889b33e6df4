import { wizardTree } from '../islands/wizard/tree.ts';

/** Pages that code (not an MDX article) builds in every language, as paths without the language. */
export const codePages: readonly string[] = [
  'wizard/',
  'wizard/map/',
  ...Object.keys(wizardTree.nodes).filter((id) => id !== wizardTree.start).map((id) => `wizard/${id}/`),
];
