// Proves the route map sound: for every combination of what a reader may lack, following the
// fallbacks from any article never revisits a page, never sends the reader to a page that needs what
// they lack, and ends in a final answer. Then checks the articles' "If it does not work" links and
// the wizard's fallbacks against the same map.
import { locales, type Locale } from '../../src/i18n/locales.ts';
import { allPaths, fallbackChain, type WizardTree } from '../../src/islands/wizard/tree.ts';
import { needs as needDescriptions, type Need, type RouteMap } from '../../src/utils/route-map.ts';
import type { ContentFile, Problem } from './content-rules.ts';
import { headingsOf, linksOf, parseMdx } from './mdx-source.ts';

const MAP_FILE = 'src/utils/route-map.ts';
const TREE_FILE = 'src/islands/wizard/tree.ts';

/** The heading of the fallback section in each language; the rules read the links under it. */
export const fallbackHeadings: Record<Locale, string> = { en: 'If it does not work', ru: 'Если не получается', sv: 'Om det inte fungerar' };

/** The heading of the closing list of related articles in each language. */
export const relatedHeadings: Record<Locale, string> = { en: 'Related', ru: 'Смотрите также', sv: 'Läs också' };

/** The article links under a `##` heading of a parsed file, with their lines. */
function sectionLinks(file: ContentFile, heading: string): { slug: string; line: number }[] | undefined {
  const parsed = parseMdx(file.source);
  const headings = headingsOf(parsed);
  const start = headings.find((h) => h.depth === 2 && h.text === heading);
  if (!start) return undefined;
  const end = headings.find((h) => h.depth === 2 && h.line > start.line)?.line ?? Infinity;
  const out: { slug: string; line: number }[] = [];
  for (const link of linksOf(parsed)) {
    if (link.line <= start.line || link.line >= end) continue;
    const match = new RegExp(`^/${file.lang}/([^#]*?)/?(?:#.*)?$`).exec(link.url);
    if (match && match[1] !== file.slug) out.push({ slug: match[1]!, line: link.line });
  }
  return out;
}

/** Every set of needs a reader may lack: the power set of the map's needs. */
export function lackCombinations(all: readonly Need[] = Object.keys(needDescriptions) as Need[]): Need[][] {
  return all.reduce<Need[][]>((sets, need) => [...sets, ...sets.map((set) => [...set, need])], [[]]);
}

/** The outcome of following the fallbacks from one page for a reader who lacks some things. */
export type Walk = { ok: true; pages: string[] } | { ok: false; pages: string[]; why: string };

const describe = (lacks: readonly Need[]) => (lacks.length ? `a reader without ${lacks.join(', ')}` : 'a reader who has everything');

/** Follows the fallbacks from `start`: at each page, the first next page whose needs the reader meets, until a final answer. */
export function walkFrom(map: RouteMap, start: string, lacks: readonly Need[]): Walk {
  const pages = [start];
  for (let at = start; ; ) {
    const page = map.pages[at];
    if (!page) return { ok: false, pages, why: `"${at}" is not in the route map` };
    if (page.endsWith && page.endsWith.every((need) => !lacks.includes(need))) return { ok: true, pages };
    const next = page.next.find((slug) => !(map.pages[slug]?.needs ?? []).some((need) => lacks.includes(need)));
    if (next === undefined) return { ok: false, pages, why: `dead end at "${at}": none of its next pages (${page.next.join(', ') || 'none'}) works for ${describe(lacks)}` };
    if (pages.includes(next)) return { ok: false, pages: [...pages, next], why: `loop: ${describe(lacks)} is sent back to "${next}"` };
    pages.push(next);
    at = next;
  }
}

/** Problems of the map itself: unknown pages, fallbacks to guides, and every loop or dead end, once per distinct route. */
export function routeMapProblems(map: RouteMap): string[] {
  const problems = new Set<string>();
  for (const [slug, page] of Object.entries(map.pages)) {
    for (const next of page.next) {
      if (map.guides.includes(next)) problems.add(`"${slug}" falls back to the guide "${next}", which is no route`);
      else if (!map.pages[next]) problems.add(`"${slug}" falls back to "${next}", which is not in the route map`);
      if (next === slug) problems.add(`"${slug}" falls back to itself`);
    }
  }
  if (problems.size) return [...problems];
  for (const lacks of lackCombinations()) {
    for (const start of Object.keys(map.pages)) {
      const walk = walkFrom(map, start, lacks);
      if (!walk.ok) problems.add(`${walk.why} (${walk.pages.join(' → ')})`);
    }
  }
  return [...problems];
}

/** Articles whose "If it does not work" links differ from the map: a missing next page, an extra article, a page with no place in the map. */
export function fallbackLinkProblems(files: readonly ContentFile[], map: RouteMap): Problem[] {
  const problems: Problem[] = [];
  for (const file of files) {
    const page = map.pages[file.slug];
    const report = (line: number, what: string, fix: string) => problems.push({ level: 'error', file: file.path, line, what, fix });
    if (!page) {
      if (!map.guides.includes(file.slug)) report(1, `${file.slug} has no place in the route map`, `add it to ${MAP_FILE}: what it needs and where it leads, or list it among the guides`);
      continue;
    }
    const linked = sectionLinks(file, fallbackHeadings[file.lang]);
    const headingLine = headingsOf(parseMdx(file.source)).find((h) => h.depth === 2 && h.text === fallbackHeadings[file.lang])?.line ?? 1;
    if (!linked) {
      if (page.next.length) report(1, `no "## ${fallbackHeadings[file.lang]}" section`, `add it, linking in this order: ${page.next.map((s) => `/${file.lang}/${s}/`).join(', ')}`);
      continue;
    }
    for (const { slug, line } of linked) {
      if (!page.next.includes(slug)) report(line, `"${fallbackHeadings[file.lang]}" links to ${slug}, which the route map does not list after ${file.slug}`, `link only ${page.next.join(', ') || 'no article (this page is final)'}, or change ${MAP_FILE}`);
    }
    const order = [...new Set(linked.map((l) => l.slug))].filter((slug) => page.next.includes(slug));
    for (const slug of page.next.filter((s) => !order.includes(s))) {
      report(headingLine, `"${fallbackHeadings[file.lang]}" never links to ${slug}, which the route map lists after ${file.slug}`, `add a link to /${file.lang}/${slug}/ saying when to take it`);
    }
    const expected = page.next.filter((s) => order.includes(s));
    if (order.join() !== expected.join()) report(headingLine, `"${fallbackHeadings[file.lang]}" links in the order ${order.join(', ')}`, `follow the route map's order: ${expected.join(', ')}`);
  }
  // "Related" must not send a reader back where they came from: to a page whose fallbacks lead here.
  for (const file of files) {
    for (const { slug, line } of sectionLinks(file, relatedHeadings[file.lang]) ?? []) {
      if ((map.pages[slug]?.next ?? []).includes(file.slug)) {
        problems.push({ level: 'error', file: file.path, line, what: `"${relatedHeadings[file.lang]}" links back to ${slug}, whose fallbacks send readers here`, fix: 'leave it out: a reader who came from there has already tried it' });
      }
    }
  }
  const slugs = new Set(files.map((f) => f.slug));
  for (const slug of [...Object.keys(map.pages), ...map.guides].filter((s) => !slugs.has(s))) {
    problems.push({ level: 'error', file: MAP_FILE, line: 1, what: `the route map lists ${slug}, which has no article`, fix: `write content/<lang>/${slug}.mdx in ${locales.join(', ')}, or remove it from the map` });
  }
  return problems;
}

/** The wizard against the map: each fallback is one of its article's next pages, and no path's fallbacks revisit an article, need what the answers said is missing, or stop short of a final answer. */
export function wizardRouteProblems(tree: WizardTree, map: RouteMap): string[] {
  const problems = new Set<string>();
  const articleOf = (id: string) => (tree.nodes[id]?.kind === 'outcome' ? (tree.nodes[id] as { article: string }).article : id);
  for (const [id, node] of Object.entries(tree.nodes)) {
    if (node.kind !== 'outcome') continue;
    const page = map.pages[node.article];
    if (!page && !map.guides.includes(node.article)) problems.add(`outcome "${id}" opens ${node.article}, which is not in the route map`);
    if (node.fallback && page && !page.next.includes(articleOf(node.fallback))) {
      problems.add(`outcome "${id}" falls back to "${node.fallback}" (${articleOf(node.fallback)}), which the route map does not list after ${node.article}`);
    }
  }
  let paths: ReturnType<typeof allPaths> = [];
  try {
    paths = allPaths(tree);
  } catch {
    return [...problems]; // the tree's own checks name the loop
  }
  for (const path of paths) {
    const lacks = path.steps.flatMap(({ question, answer }) => {
      const node = tree.nodes[question];
      return node?.kind === 'question' ? [...(node.answers.find((a) => a.id === answer)?.lacks ?? [])] : [];
    });
    const said = path.steps.map((s) => `${s.question}=${s.answer}`).join(', ');
    let chain: string[];
    try {
      chain = fallbackChain(tree, path.outcome);
    } catch {
      continue;
    }
    const articles = chain.map(articleOf);
    articles.forEach((article, i) => {
      const missing = (map.pages[article]?.needs ?? []).filter((need) => lacks.includes(need));
      if (missing.length) problems.add(`after ${said}, ${i ? 'the fallbacks send' : 'the wizard sends'} the reader to ${article}, which needs ${missing.join(', ')} that they said they lack (${chain.join(' → ')})`);
      if (articles.indexOf(article) !== i) problems.add(`after ${said}, the fallbacks return to ${article} (${chain.join(' → ')})`);
    });
    const last = articles.at(-1)!;
    const ends = map.guides.includes(last) || (map.pages[last]?.endsWith ?? ['never']).every((need) => !lacks.includes(need) && need !== 'never');
    if (!ends) problems.add(`after ${said}, the fallbacks stop at ${last}, which is no final answer (${chain.join(' → ')})`);
  }
  return [...problems];
}

/** The route checks as validate's problems. */
export function checkRoutes(files: readonly ContentFile[], map: RouteMap, tree: WizardTree): Problem[] {
  const fix = 'change the route map (needs, next, endsWith) so every reader reaches a final answer without going back';
  return [
    ...routeMapProblems(map).map((what): Problem => ({ level: 'error', file: MAP_FILE, line: 1, what: `routes: ${what}`, fix })),
    ...wizardRouteProblems(tree, map).map((what): Problem => ({ level: 'error', file: TREE_FILE, line: 1, what: `wizard routes: ${what}`, fix: `point the fallback at a page ${MAP_FILE} lists after that article, needing nothing the reader lacks` })),
    ...fallbackLinkProblems(files, map),
  ];
}
