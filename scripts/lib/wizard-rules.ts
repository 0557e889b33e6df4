import { keyPaths } from '../../src/i18n/parity.ts';
import { locales, type Locale } from '../../src/i18n/locales.ts';
import { textKeys, treeProblems, type WizardTree } from '../../src/islands/wizard/tree.ts';
import type { ContentFile, Problem } from './content-rules.ts';

const TREE_FILE = 'src/islands/wizard/tree.ts';

/** The wizard's checks: a sound tree, outcome articles in every language, every text in every locale file. */
export function checkWizard(tree: WizardTree, files: readonly ContentFile[], localeFiles: Record<Locale, { path: string; data: unknown }>): Problem[] {
  const problems: Problem[] = treeProblems(tree).map((what) => ({ level: 'error', file: TREE_FILE, line: 1, what: `wizard: ${what}`, fix: 'correct the tree so every answer leads to an existing node and every path ends in an outcome' }));
  const articles = new Set(files.map((f) => `${f.lang}/${f.slug}`));
  for (const [id, node] of Object.entries(tree.nodes)) {
    if (node.kind !== 'outcome') continue;
    for (const lang of locales) {
      if (!articles.has(`${lang}/${node.article}`)) {
        problems.push({ level: 'error', file: TREE_FILE, line: 1, what: `wizard outcome "${id}" links to ${node.article}, which has no ${lang} article`, fix: `write content/${lang}/${node.article}.mdx or point the outcome at an existing article` });
      }
    }
  }
  for (const lang of locales) {
    const have = new Set(keyPaths(localeFiles[lang].data));
    for (const key of textKeys(tree).filter((k) => !have.has(k))) {
      problems.push({ level: 'error', file: localeFiles[lang].path, line: 1, what: `wizard text "${key}" is missing`, fix: 'add it; every question, answer and outcome needs its words in all three locale files' });
    }
  }
  return problems;
}
