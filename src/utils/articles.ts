import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { locales, type Locale } from '../i18n/locales.ts';
import { sections } from '../schemas/article.ts';
import { splitId } from './paths.ts';

/** One article in one language, as the collection gives it. */
export type Article = CollectionEntry<'articles'>;

/** Orders articles by section, then `order`, then title, as the home page lists them. */
export function compareArticles(a: Article, b: Article): number {
  const bySection = sections.indexOf(a.data.section) - sections.indexOf(b.data.section);
  if (bySection !== 0) return bySection;
  const byOrder = (a.data.order ?? 999) - (b.data.order ?? 999);
  return byOrder !== 0 ? byOrder : a.data.title.localeCompare(b.data.title);
}

// Read once per build: every page asks, and scanning the collection per page would grow with the square of its size.
let written: Promise<Set<string>> | undefined;

/** Every article of one language, in reading order. */
export async function articlesIn(lang: Locale): Promise<Article[]> {
  const all = await getCollection('articles', (entry) => splitId(entry.id).lang === lang);
  return all.sort(compareArticles);
}

/** The languages in which the article at `slug` has a written (not pending) version. */
export async function availableLanguages(slug: string): Promise<Locale[]> {
  written ??= getCollection('articles').then((all) => new Set(all.filter((entry) => !entry.data.translationPending).map((entry) => entry.id)));
  const ids = await written;
  return locales.filter((lang) => ids.has(`${lang}/${slug}`));
}

/** How readers describe the article's situation (content/phrases/<lang>.yaml); none when the file or entry is missing. */
export async function phrasesFor(lang: Locale, slug: string): Promise<string[]> {
  const entry = await getEntry('phrases', lang);
  return entry?.data[slug] ?? [];
}
