// Proves the route map sound: for every combination of what a reader may lack, following the
// fallbacks from any article never revisits a page, never sends the reader to a page that needs what
// they lack, and ends in a final answer. Then checks the articles' "If it does not work" links and
// the wizard's fallbacks against the same map.
import { locales, type Locale } from '../../src/i18n/locales.ts';
import { allPaths, fallbackChain, type Path, type Question, type WizardTree } from '../../src/islands/wizard/tree.ts';
import { needs as needDescriptions, type Need, type RouteMap } from '../../src/utils/route-map.ts';
import type { ContentFile, Problem } from './content-rules.ts';
import { headingsOf, linksOf, parseMdx } from './mdx-source.ts';

const MAP_FILE = 'src/utils/route-map.ts';
const TREE_FILE = 'src/islands/wizard/tree.ts';

/** The heading of the fallback section in each language; the rules read the links under it. */
export const fallbackHeadings: Record<Locale, string> = { en: 'If it does not work', ru: 'Если не получается', sv: 'Om det inte fungerar' };

/** The heading of the closing list of related articles in each language. */
export const relatedHeadings: Record<Locale, string> = { en: 'Related', ru: 'Смотрите также', sv: 'Läs också' };

/** The `##` section with this heading: its line and the links in it to other articles of the language. */
function section(file: ContentFile, heading: string): { line: number; links: { slug: string; line: number }[] } | undefined {
  const parsed = parseMdx(file.source);
  const headings = headingsOf(parsed).filter((h) => h.depth === 2);
  const start = headings.find((h) => h.text === heading);
  if (!start) return undefined;
  const end = headings.find((h) => h.line > start.line)?.line ?? Infinity;
  const links: { slug: string; line: number }[] = [];
  for (const link of linksOf(parsed)) {
    const match = new RegExp(`^/${file.lang}/([^#]*?)/?(?:#.*)?$`).exec(link.url);
    if (match && match[1] !== file.slug && link.line > start.line && link.line < end) links.push({ slug: match[1]!, line: link.line });
  }
  return { line: start.line, links };
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
    // A page missing from the map blocks nobody here; the walk then names it as unknown.
    const next = page.next.find((slug) => !(map.pages[slug]?.needs.some((need) => lacks.includes(need)) ?? false));
    if (next === undefined) return { ok: false, pages, why: `dead end at "${at}": none of its next pages (${page.next.join(', ') || 'none'}) works for ${describe(lacks)}` };
    if (pages.includes(next)) return { ok: false, pages: [...pages, next], why: `loop: ${describe(lacks)} is sent back to "${next}"` };
    pages.push(next);
    at = next;
  }
}

/** Problems of the map itself: unknown pages, fallbacks to guides, and every loop or dead end, once per route, named for the reader who lacks the least. */
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
  // One line per failing route, for the reader who lacks the least: the fewest lacks are walked first.
  const routes = new Map<string, string>();
  for (const lacks of lackCombinations().sort((a, b) => a.length - b.length)) {
    for (const start of Object.keys(map.pages)) {
      const walk = walkFrom(map, start, lacks);
      const route = walk.pages.join(' → ');
      if (!walk.ok && !routes.has(route)) routes.set(route, `${walk.why} (${route})`);
    }
  }
  return [...routes.values()];
}

/** Articles whose "If it does not work" links differ from the map (a missing next page, an extra article, a page with no place in the map), and "Related" lists that link back to a page falling back here. */
export function fallbackLinkProblems(files: readonly ContentFile[], map: RouteMap): Problem[] {
  const problems: Problem[] = [];
  for (const file of files) {
    const page = map.pages[file.slug];
    const report = (line: number, what: string, fix: string) => problems.push({ level: 'error', file: file.path, line, what, fix });
    if (!page) {
      if (!map.guides.includes(file.slug)) report(1, `${file.slug} has no place in the route map`, `add it to ${MAP_FILE}: what it needs and where it leads, or list it among the guides`);
      continue;
    }
    const fallbacks = section(file, fallbackHeadings[file.lang]);
    if (!fallbacks) {
      if (page.next.length) report(1, `no "## ${fallbackHeadings[file.lang]}" section`, `add it, linking in this order: ${page.next.map((s) => `/${file.lang}/${s}/`).join(', ')}`);
      continue;
    }
    const { line: headingLine, links: linked } = fallbacks;
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
    const related = section(file, relatedHeadings[file.lang]);
    if (!related) continue;
    for (const { slug, line } of related.links) {
      if (map.pages[slug]?.next.includes(file.slug)) {
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
  let paths: Path[];
  try {
    paths = allPaths(tree);
  } catch {
    return [...problems]; // the tree's own checks name the loop
  }
  for (const path of paths) {
    // Every step of a path is a question and every answer in it exists: allPaths built it from them.
    const lacks = path.steps.flatMap(({ question, answer }) => {
      const asked = tree.nodes[question] as Question;
      // Stryker disable next-line ArrayDeclaration: a made-up need in this list matches no page's needs, so it cannot change a result
      return asked.answers.find((a) => a.id === answer)!.lacks ?? [];
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
      const missing = map.pages[article]?.needs.filter((need) => lacks.includes(need)) ?? [];
      if (missing.length) problems.add(`after ${said}, ${i ? 'the fallbacks send' : 'the wizard sends'} the reader to ${article}, which needs ${missing.join(', ')} that they said they lack (${chain.join(' → ')})`);
      if (articles.indexOf(article) !== i) problems.add(`after ${said}, the fallbacks return to ${article} (${chain.join(' → ')})`);
    });
    const last = articles.at(-1)!;
    const endsWith = map.pages[last]?.endsWith;
    const ends = map.guides.includes(last) || (endsWith !== undefined && endsWith.every((need) => !lacks.includes(need)));
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
