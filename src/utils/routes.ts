import { wizardTree } from '../islands/wizard/tree.ts';

/** Pages that code (not an MDX article) builds in every language, as paths without the language. */
export const codePages: readonly string[] = [
  'search/',
  'wizard/',
  'wizard/map/',
  ...Object.keys(wizardTree.nodes).filter((id) => id !== wizardTree.start).map((id) => `wizard/${id}/`),
];
