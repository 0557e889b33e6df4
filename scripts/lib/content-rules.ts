import { slug as slugOf } from 'github-slugger';
import { compareKeys, emptyKeys } from '../../src/i18n/parity.ts';
import { locales, type Locale } from '../../src/i18n/locales.ts';
import { articleSchema } from '../../src/schemas/article.ts';
import { isStale } from '../../src/utils/dates.ts';
import { headingsOf, imagesWithoutAlt, linksOf, parseMdx, type SourceHeading } from './mdx-source.ts';

/** One thing an editor must fix (error) or should look at (warning). */
export interface Problem {
  level: 'error' | 'warning';
  file: string;
  line: number;
  what: string;
  fix: string;
}

/** An MDX file of the content tree, as read from disk. */
export interface ContentFile {
  /** Path as shown to the editor, e.g. `content/sv/recover/email.mdx`. */
  path: string;
  lang: Locale;
  /** The cross-language identity, e.g. `recover/email`. */
  slug: string;
  source: string;
}

/** What the rules need besides the articles: locale files, pages built by code, and today's date. */
export interface Context {
  localeFiles: Record<Locale, { path: string; data: unknown }>;
  /** Paths (without language) of pages that code builds in every language, e.g. `wizard/`. */
  extraPages: readonly string[];
  now: Date;
}

const languageNames: Record<Locale, string> = { ru: 'Russian', sv: 'Swedish', en: 'English' };

/** Runs every content rule and returns the problems, errors and warnings alike, in file order. */
export function checkContent(files: readonly ContentFile[], context: Context): Problem[] {
  const problems: Problem[] = [];
  const parsed = new Map(files.map((file) => [file, parseMdx(file.source)]));
  const headingsByPage = new Map<string, SourceHeading[]>();
  for (const file of files) headingsByPage.set(`/${file.lang}/${file.slug}/`, headingsOf(parsed.get(file)!));
  const pages = new Set<string>(headingsByPage.keys());
  for (const lang of locales) {
    pages.add(`/${lang}/`);
    for (const extra of context.extraPages) pages.add(`/${lang}/${extra.replace(/^\/+/, '')}`);
  }

  for (const file of files) {
    const doc = parsed.get(file)!;
    const report = (level: Problem['level'], line: number, what: string, fix: string) =>
      problems.push({ level, file: file.path, line, what, fix });

    // Frontmatter against the same schema the build uses.
    if (doc.frontmatterError) {
      report('error', doc.frontmatterError.line, doc.frontmatterError.message, 'start the file with ---, the fields (see CONTRIBUTING.md), and --- again');
    } else {
      const result = articleSchema.safeParse(doc.data);
      if (!result.success) {
        for (const issue of result.error.issues) {
          // Every issue but unknown fields (handled first) names its field: the schema has no rule over the whole object.
          const key = String(issue.path[0]);
          const unknownKeys = issue.code === 'unrecognized_keys' ? issue.keys : [];
          for (const unknown of unknownKeys) {
            report('error', doc.keyLines.get(unknown) ?? 1, `unknown frontmatter field "${unknown}"`, 'check its spelling against the fields in CONTRIBUTING.md, or remove it');
          }
          if (unknownKeys.length > 0) continue;
          const present = key in (doc.data ?? {});
          report(
            'error',
            doc.keyLines.get(key) ?? 1,
            present ? `frontmatter field "${key}": ${issue.message}` : `frontmatter field "${key}" is missing`,
            present ? fixFor(key) : `add "${key}:" to the frontmatter (${fixFor(key)})`,
          );
        }
      } else if (result.data.pending) {
        report('error', doc.keyLines.get('pending') ?? 1, 'a new article whose text is not written yet (pending: true)', 'write the title, description and text, set sources and the route map entry, then delete the pending line');
      } else if (isStale(result.data.lastReviewed, context.now)) {
        report('warning', doc.keyLines.get('lastReviewed') ?? 1, 'lastReviewed is more than 12 months old; readers see a notice', 'check the steps against AliExpress and set lastReviewed to today');
      }
    }

    // Headings: none empty, no h1 in the body, no skipped level, no two with the same anchor.
    const headings = headingsOf(doc);
    let previous = 1;
    const seen = new Map<string, number>();
    for (const heading of headings) {
      if (heading.text === '') report('error', heading.line, 'empty heading', 'write the heading text or remove the # marks');
      if (heading.depth === 1) report('error', heading.line, 'a # heading in the body; the title is already the page heading', 'use ## for sections');
      else if (heading.depth > previous + 1) report('error', heading.line, `heading level jumps from ${previous} to ${heading.depth}`, `use ${'#'.repeat(previous + 1)} here`);
      previous = heading.depth;
      const anchor = slugOf(heading.text);
      const first = seen.get(anchor);
      if (heading.text !== '' && first !== undefined) {
        report('error', heading.line, `duplicate heading "${heading.text}" (like line ${first}); both want the anchor #${anchor}`, 'make each heading in the article different');
      } else seen.set(anchor, heading.line);
    }

    // Links: same-language site paths that will be built, anchors that exist.
    for (const link of linksOf(doc)) {
      const [path, anchor] = link.url.split('#') as [string, string?];
      if (/^(mailto:|tel:)/.test(link.url)) continue;
      if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(link.url)) {
        report('error', link.line, `link to another site (${link.url})`, 'write the address as bold text so readers type it themselves (see Links in CONTRIBUTING.md)');
        continue;
      }
      if (link.url === '') {
        report('error', link.line, 'empty link: it leads nowhere', `write the full path of the page, e.g. /${file.lang}/recover/email/`);
        continue;
      }
      if (path === '') {
        if (!headings.some((h) => h.slug === anchor)) {
          report('error', link.line, `link to #${anchor}, which is not a heading of this article`, `use one of: ${headings.map((h) => `#${h.slug}`).join(', ') || 'no headings exist'}`);
        }
        continue;
      }
      if (!path.startsWith('/')) {
        report('error', link.line, `relative link "${link.url}"`, `write the full path, e.g. /${file.lang}/recover/email/`);
        continue;
      }
      const target = path.endsWith('/') ? path : `${path}/`;
      const targetLang = target.split('/')[1]!;
      if (targetLang !== file.lang && (locales as readonly string[]).includes(targetLang)) {
        report('error', link.line, `link to a ${languageNames[targetLang as Locale]} page (${link.url}) from a ${languageNames[file.lang]} article`, `link to /${file.lang}${target.slice(3)} instead`);
        continue;
      }
      if (!pages.has(target)) {
        report('error', link.line, `link to ${link.url}, a page that does not exist`, `check the path; articles live at /${file.lang}/<path>/ like /${file.lang}/recover/email/`);
        continue;
      }
      if (!path.endsWith('/')) report('error', link.line, `link ${link.url} lacks the trailing slash`, `write ${target}${anchor ? `#${anchor}` : ''}`);
      if (anchor) {
        const targetHeadings = headingsByPage.get(target);
        if (targetHeadings && !targetHeadings.some((h) => h.slug === anchor)) {
          report('error', link.line, `link to ${link.url}: that page has no heading #${anchor}`, `use one of: ${targetHeadings.filter((h) => h.depth === 2).map((h) => `#${h.slug}`).join(', ')}`);
        }
      }
    }

    // GFM turns a bare https:// or www. in text into a link to another site (even “https://” in quotes);
    // after a backtick, a bracket, a quote or an equals sign it is code, a link target or an attribute.
    doc.bodyLines.forEach((line, i) => {
      const bare = /(?<![`("'=/\w.@-])(?:https?:\/\/|www\.)/i.exec(line);
      if (bare) report('error', doc.bodyStart + i, `"${bare[0]}" in the text becomes a link to another site`, 'write the address in backticks (`https://`), or the domain alone in bold (**aliexpress.com**)');
    });

    for (const line of imagesWithoutAlt(doc)) {
      report('error', line, 'an image or drawing without alt text', 'add alt="…" saying what it shows, for readers who cannot see it');
    }
  }

  // Translation parity: every article in all three languages.
  const bySlug = new Map<string, Set<Locale>>();
  for (const file of files) bySlug.set(file.slug, (bySlug.get(file.slug) ?? new Set()).add(file.lang));
  for (const [slug, present] of bySlug) {
    for (const lang of locales.filter((l) => !present.has(l))) {
      const have = [...present].map((l) => languageNames[l]).join(' and ');
      problems.push({
        level: 'error',
        file: `content/${lang}/${slug}.mdx`,
        line: 1,
        what: `the ${languageNames[lang]} version of ${slug} is missing (it exists in ${have})`,
        fix: 'write it, or add the file with translationPending: true in its frontmatter so readers are pointed to the other languages',
      });
    }
  }

  // Locale files: the same keys everywhere, none empty.
  const base = context.localeFiles.en;
  for (const lang of locales) {
    const { path, data } = context.localeFiles[lang];
    // English against itself finds nothing, so it needs no exception.
    const { missing, extra } = compareKeys(base.data, data);
    for (const key of missing) problems.push({ level: 'error', file: path, line: 1, what: `interface string "${key}" is missing`, fix: `add it, translated from ${base.path}` });
    for (const key of extra) problems.push({ level: 'error', file: path, line: 1, what: `interface string "${key}" is not in ${base.path}`, fix: `add it to every locale file or remove it here` });
    for (const key of emptyKeys(data)) problems.push({ level: 'error', file: path, line: 1, what: `interface string "${key}" is empty`, fix: 'write the text' });
  }
  return problems;
}

function fixFor(key: string): string {
  switch (key) {
    case 'title':
      return 'a plain-text title of 3–90 characters';
    case 'description':
      return 'one or two sentences of 50–160 characters';
    case 'lastReviewed':
      return 'the date the facts were checked, as YYYY-MM-DD';
    case 'section':
      return 'one of recover, account, guides';
    case 'order':
      return 'a whole number';
    case 'keywords':
      return 'a list such as [forgot password, login id]';
    default:
      return 'see the frontmatter fields in CONTRIBUTING.md';
  }
}

/** One problem as the line an editor reads: `file:line — what is wrong — how to fix it`. */
export function formatProblem(problem: Problem): string {
  const prefix = problem.level === 'warning' ? 'warning: ' : '';
  return `${problem.file}:${problem.line} — ${prefix}${problem.what} — ${problem.fix}`;
}
