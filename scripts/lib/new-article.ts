// What `npm run new -- <path>` writes: the check of the path, the three language files (frontmatter complete,
// `pending: true` so validate refuses them until the text is written), and the route map's new entry. Pure:
// scripts/new-article.ts reads and writes the files.
import { locales, type Locale } from '../../src/i18n/locales.ts';
import { fallbackHeadings, relatedHeadings } from './route-rules.ts';

/** The folders an article may sit in, each with its section; an article at the top is a guide. */
export const folders = { recover: 'recover', account: 'account' } as const;

/** The section of an article at `slug`: its folder's, or `guides` at the top. */
export function sectionOf(slug: string): 'recover' | 'account' | 'guides' {
  const folder = slug.split('/')[0] as keyof typeof folders;
  return slug.includes('/') ? folders[folder] : 'guides';
}

/** Why a path cannot be a new article (malformed, taken by an article, the route map or a page built by code), or undefined when it can. */
export function slugProblem(slug: string, taken: ReadonlySet<string>, codePages: readonly string[]): string | undefined {
  if (locales.some((lang) => slug.startsWith(`${lang}/`))) return `"${slug}" starts with a language; give the path without it, e.g. ${slug.slice(3)}`;
  if (!/^([a-z]+\/)?[a-z0-9]+(-[a-z0-9]+)*$/.test(slug)) {
    return `"${slug}" is not a path for an article: use lower-case letters, digits and single hyphens, with at most one folder (e.g. account/two-accounts)`;
  }
  if (slug.includes('/') && !(slug.split('/')[0]! in folders)) return `"${slug}" is in a folder articles do not use; use ${Object.keys(folders).map((f) => `${f}/`).join(' or ')}, or no folder for a guide`;
  if (taken.has(slug)) return `"${slug}" already exists; pick another path, or edit content/<lang>/${slug}.mdx`;
  if (codePages.some((page) => page.split('/')[0] === slug)) return `"${slug}" is a page the site builds itself (/${slug}/); pick another path`;
  return undefined;
}

const placeholders: Record<Locale, { title: string; description: string; lead: string; steps: [string, string]; caption: string; alt: string; chat: string; related: string }> = {
  en: {
    title: 'Title of the new article',
    description: 'One or two sentences for search results and the home page, between 50 and 160 characters.',
    lead: 'What this page does and what the reader needs, in at most two short sentences.',
    steps: ['The first thing to do.', 'The next thing to do.'],
    caption: 'Where to tap.',
    alt: 'The screen the reader sees; the item to tap is ringed.',
    chat: 'If the support chat lets you write without signing in, [ask support](/en/recover/support-chat/). If it asks you to sign in first, [see what to do then](/en/recover/chat-sign-in/).',
    related: '[Questions and answers](/en/faq/)',
  },
  ru: {
    title: 'Заголовок новой статьи',
    description: 'Одно-два предложения для поисковиков и главной страницы, от 50 до 160 знаков.',
    lead: 'Что делает эта страница и что для этого нужно читателю — не больше двух коротких предложений.',
    steps: ['Первое действие.', 'Следующее действие.'],
    caption: 'Куда нажать.',
    alt: 'Экран, который видит читатель; нужный пункт обведён.',
    chat: 'Если чат поддержки даёт писать без входа, [напишите в поддержку](/ru/recover/support-chat/). Если он сначала просит войти, [вот что делать](/ru/recover/chat-sign-in/).',
    related: '[Вопросы и ответы](/ru/faq/)',
  },
  sv: {
    title: 'Rubrik för den nya artikeln',
    description: 'En eller två meningar för sökresultat och startsidan, mellan 50 och 160 tecken.',
    lead: 'Vad sidan hjälper till med och vad läsaren behöver, i högst två korta meningar.',
    steps: ['Det första att göra.', 'Nästa sak att göra.'],
    caption: 'Här trycker du.',
    alt: 'Skärmen som läsaren ser; det som ska tryckas på är inringat.',
    chat: 'Om supportchatten låter dig skriva utan att logga in, [fråga supporten](/sv/recover/support-chat/). Om den ber dig logga in först, [så gör du då](/sv/recover/chat-sign-in/).',
    related: '[Frågor och svar](/sv/faq/)',
  },
};

/** The whole file of one language version: frontmatter with `pending: true`, then a body in the house shape (lead, steps, drawing, fallbacks, related). */
export function articleTemplate(lang: Locale, slug: string, sources: readonly string[], today: string): string {
  const p = placeholders[lang];
  const route = sectionOf(slug) !== 'guides';
  return [
    '---',
    `title: ${p.title}`,
    `description: ${p.description}`,
    `lastReviewed: ${today}`,
    `section: ${sectionOf(slug)}`,
    'keywords: []',
    `sources: [${sources.join(', ')}]`,
    '# Written by npm run new: validate refuses the article until the text is written and this line is gone.',
    'pending: true',
    '---',
    '',
    p.lead,
    '',
    '<Steps>',
    '',
    `1. ${p.steps[0]}`,
    `2. ${p.steps[1]}`,
    '',
    '</Steps>',
    '',
    `<Figure caption="${p.caption}">`,
    `  <Mockup frame="phone" alt="${p.alt}" items={[{ kind: 'heading', label: 'AliExpress' }, { kind: 'button', label: 'OK', mark: true }]} />`,
    '</Figure>',
    '',
    ...(route ? [`## ${fallbackHeadings[lang]}`, '', p.chat, ''] : []),
    `## ${relatedHeadings[lang]}`,
    '',
    `- ${p.related}`,
    '',
  ].join('\n');
}

/** The route map's source with the new article added: a route page leading to the support chat, or a guide. Throws when the file's shape is not the one expected. */
export function addToRouteMap(source: string, slug: string): string {
  if (sectionOf(slug) === 'guides') {
    const guides = /^(  guides: \[)(.*)(\],)$/m;
    if (!guides.test(source)) throw new Error('the route map has no "guides: [...]," line');
    return source.replace(guides, (_, open: string, list: string, close: string) => `${open}${list}, '${slug}'${close}`);
  }
  const end = /^  },\n  guides:/m;
  if (!end.test(source)) throw new Error('the route map has no "  },\\n  guides:" where its pages end');
  return source.replace(end, `    // Written by npm run new: set what the method needs and where its fallbacks lead.\n    '${slug}': { needs: [], next: [...chat] },\n  },\n  guides:`);
}
