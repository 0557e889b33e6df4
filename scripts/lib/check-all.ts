// Every rule `npm run validate` runs, over one content tree, in one place: validate prints them all, and the
// dev server's check (scripts/lib/dev-check.ts) shows those of the file just saved.
import { checkContent, type ContentFile, type Problem } from './content-rules.ts';
import { readContent, readLocales } from './content-files.ts';
import { codePages } from '../../src/utils/routes.ts';
import { wizardTree } from '../../src/islands/wizard/tree.ts';
import { checkWizard } from './wizard-rules.ts';
import { checkRoutes } from './route-rules.ts';
import { restatedRules } from './shared-rules.ts';
import type { RouteMap } from '../../src/utils/route-map.ts';
import { readProvenance } from './provenance-files.ts';
import { checkGlossary, checkLabels, checkSourceKeys } from './provenance-rules.ts';
import { checkPhrases } from './phrase-rules.ts';

/** Where the checks read from. */
export interface CheckInput {
  contentRoot: string;
  localesDir: string;
  routeMap: RouteMap;
  now?: Date;
}

/** Reads the content tree, locale files and data files and runs every rule; problems in file order per rule. */
export function checkAll({ contentRoot, localesDir, routeMap, now = new Date() }: CheckInput): { files: ContentFile[]; problems: Problem[] } {
  const shown = contentRoot.replace(/\/+$/, '');
  const { files, stray } = readContent(contentRoot, shown);
  const { localeFiles, problems: localeProblems } = readLocales(localesDir);
  const { provenance, problems: provenanceProblems } = readProvenance(contentRoot, shown);
  const problems = [
    ...stray,
    ...provenanceProblems,
    ...localeProblems,
    ...checkContent(files, { localeFiles, extraPages: codePages, now }),
    ...checkWizard(wizardTree, files, localeFiles),
    ...checkRoutes(files, routeMap, wizardTree),
    ...restatedRules(files),
    ...checkLabels(files, provenance),
    ...checkSourceKeys(files, provenance),
    ...checkGlossary(files, provenance),
    ...checkPhrases(files, provenance.phrases),
  ];
  return { files, problems };
}
