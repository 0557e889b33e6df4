// Checks the whole content tree before it ships; prints `file:line — what is wrong — how to fix it`.
// Usage: npm run validate [-- --content DIR --locales DIR]   (exit 1 on any error; warnings alone exit 0)
import { checkContent, formatProblem } from './lib/content-rules.ts';
import { readContent, readLocales } from './lib/content-files.ts';
import { codePages } from '../src/utils/routes.ts';
import { wizardTree } from '../src/islands/wizard/tree.ts';
import { checkWizard } from './lib/wizard-rules.ts';
import { checkRoutes } from './lib/route-rules.ts';
import { restatedRules } from './lib/shared-rules.ts';
import { routeMap } from '../src/utils/route-map.ts';
import { readProvenance } from './lib/provenance-files.ts';
import { checkGlossary, checkLabels, checkSourceKeys } from './lib/provenance-rules.ts';
import { checkPhrases } from './lib/phrase-rules.ts';

const started = performance.now();
const contentArg = process.argv.indexOf('--content');
const root = contentArg >= 0 ? process.argv[contentArg + 1]! : (process.env.CONTENT_DIR ?? 'content');
const { files, stray } = readContent(root, root.replace(/\/+$/, ''));
const localesArg = process.argv.indexOf('--locales');
const { localeFiles, problems: localeProblems } = readLocales(localesArg >= 0 ? process.argv[localesArg + 1]! : 'src/i18n');
const { provenance, problems: provenanceProblems } = readProvenance(root, root.replace(/\/+$/, ''));
const problems = [
  ...stray,
  ...provenanceProblems,
  ...localeProblems,
  ...checkContent(files, { localeFiles, extraPages: codePages, now: new Date() }),
  ...checkWizard(wizardTree, files, localeFiles),
  ...checkRoutes(files, routeMap, wizardTree),
  ...restatedRules(files),
  ...checkLabels(files, provenance),
  ...checkSourceKeys(files, provenance),
  ...checkGlossary(files, provenance),
  ...checkPhrases(files, provenance.phrases),
];

const errors = problems.filter((p) => p.level === 'error');
const warnings = problems.filter((p) => p.level === 'warning');
for (const problem of [...errors, ...warnings]) console.log(formatProblem(problem));
const ms = Math.round(performance.now() - started);
console.log(
  `validate: ${files.length} article files checked in ${ms} ms — ${errors.length} error(s), ${warnings.length} warning(s)` +
    (errors.length ? '. Fix the errors above, then run npm run validate again.' : '.'),
);
process.exit(errors.length ? 1 : 0);
