// <site-search>: loads pagefind on the search page only and lists results as the reader types.
import { correctQuery, prepareVocabulary, type Vocabulary } from './correct.ts';
import { countMessage, exactFromSearch, excerptFromKeywords, excerptParts, queryFromSearch, queryWords, rerank, searchForQuery } from './logic.ts';

interface PagefindResult {
  url: string;
  meta: { title?: string; section?: string; keywords?: string; description?: string };
  excerpt: string;
  sub_results?: { title: string; url: string; excerpt: string }[];
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  debouncedSearch(q: string, o: Record<string, unknown>, ms: number): Promise<Found | null>;
  search(q: string, o: Record<string, unknown>): Promise<Found>;
}
type Found = { results: { id: string; score: number; data(): Promise<PagefindResult> }[] };

// Each shown result costs a fragment download; eight is what a phone screen list can usefully hold.
const MAX_RESULTS = 8;

/** Appends an excerpt to an element as text nodes and <mark>s, never as parsed HTML. */
function appendExcerpt(into: HTMLElement, html: string): void {
  for (const part of excerptParts(html)) {
    if (part.mark) {
      const mark = document.createElement('mark');
      mark.textContent = part.text;
      into.append(mark);
    } else into.append(part.text);
  }
}

/** The search page element. */
export class SiteSearchElement extends HTMLElement {
  #pagefind: Promise<Pagefind> | undefined;
  #vocabulary: Promise<Vocabulary | undefined> | undefined;
  #input: HTMLInputElement | null = null;
  /** The query the reader asked to search exactly as typed ("search instead for …"). */
  #exact: string | undefined;
  #run = () => void this.search();
  #onInstead = (event: Event) => {
    const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a[data-search-instead]');
    if (!link || !this.#input) return;
    event.preventDefault();
    this.#input.value = link.dataset.searchInstead ?? '';
    this.#exact = this.#input.value.trim();
    void this.search();
  };

  connectedCallback(): void {
    this.#input = this.querySelector('[data-search-page-input]');
    if (!this.#input) return;
    this.#input.value = queryFromSearch(location.search);
    if (exactFromSearch(location.search)) this.#exact = this.#input.value;
    this.#input.addEventListener('input', this.#run);
    this.addEventListener('click', this.#onInstead);
    this.querySelector('form')?.addEventListener('submit', this.#submit);
    this.querySelector('[data-search-filters]')?.addEventListener('change', this.#run);
    if (this.#input.value) void this.search();
    else this.#input.focus();
  }

  disconnectedCallback(): void {
    this.#input?.removeEventListener('input', this.#run);
    this.removeEventListener('click', this.#onInstead);
    this.querySelector('form')?.removeEventListener('submit', this.#submit);
    this.querySelector('[data-search-filters]')?.removeEventListener('change', this.#run);
  }

  #submit = (event: Event) => {
    event.preventDefault();
    void this.search();
  };

  #load(): Promise<Pagefind> {
    // A URL in a variable keeps the bundler from trying to resolve the index, which exists only after a build.
    const url = '/pagefind/pagefind.js';
    this.#pagefind ??= (import(/* @vite-ignore */ url) as Promise<Pagefind>).then(async (pagefind) => {
      await pagefind.options({ excerptLength: 24 });
      await pagefind.init();
      return pagefind;
    });
    return this.#pagefind;
  }

  // The site's words, fetched with the first search only; without them the query is searched as typed.
  #words(): Promise<Vocabulary | undefined> {
    this.#vocabulary ??= fetch(`/${this.dataset.lang}/search-words.json`)
      .then((response) => (response.ok ? response.json() : []))
      .then((file: { words?: unknown; short?: unknown }) => (Array.isArray(file.words) ? prepareVocabulary(file.words, Array.isArray(file.short) ? file.short : []) : undefined))
      .catch(() => undefined);
    return this.#vocabulary;
  }

  /** Runs the current query, corrected unless the reader asked otherwise, and redraws the results. */
  async search(): Promise<void> {
    const typed = (this.#input?.value ?? '').trim().slice(0, 200);
    if (this.#exact !== undefined && this.#exact !== typed) this.#exact = undefined;
    const exact = this.#exact !== undefined;
    history.replaceState(history.state, '', location.pathname + searchForQuery(typed, exact));
    const status = this.querySelector<HTMLElement>('[data-search-status]')!;
    const list = this.querySelector<HTMLOListElement>('[data-search-results]')!;
    const empty = this.querySelector<HTMLElement>('[data-search-empty]')!;
    if (!typed) {
      list.replaceChildren();
      status.textContent = '';
      empty.hidden = true;
      return;
    }
    let pagefind: Pagefind;
    try {
      if (!this.#pagefind) status.textContent = this.dataset.loading ?? '';
      [pagefind] = await Promise.all([this.#load(), this.#words()]);
    } catch {
      status.textContent = this.dataset.failed ?? '';
      this.querySelector('[data-search-nojs]')?.classList.remove('no-js-only');
      return;
    }
    const vocabulary = await this.#words();
    const correction = !exact && vocabulary ? correctQuery(typed, vocabulary) : { query: typed, changed: false };
    const query = correction.query || typed;
    const section = (this.querySelector<HTMLSelectElement>('[data-search-filters] select')?.value ?? '') || undefined;
    const options = section ? { filters: { section } } : {};
    // A corrected query holds only the site's words, short ones included ("вк", "id"); a query as typed drops one- and two-letter words.
    const words = !exact && vocabulary ? query.split(' ').filter(Boolean) : queryWords(query);
    const found = await pagefind.debouncedSearch(words.join(' ') || query, options, 150);
    if (found === null) return;
    let results = found.results;
    // Pagefind wants every word; readers' sentences often hold one that no page has, so fall back to any word.
    if (results.length === 0 && words.length > 1) {
      const each = await Promise.all(words.map((word) => pagefind.search(word, options)));
      const byPage = new Map<string, Found['results'][number]>();
      for (const r of each.flatMap((f) => f.results)) {
        const seen = byPage.get(r.id);
        if (!seen || seen.score < r.score) byPage.set(r.id, r);
      }
      results = [...byPage.values()].sort((a, b) => b.score - a.score);
    }
    const loaded = await Promise.all(results.slice(0, MAX_RESULTS).map(async (r) => ({ score: r.score, data: await r.data() })));
    if ((this.#input?.value ?? '').trim().slice(0, 200) !== typed) return;
    const ranked = rerank(loaded.map((r) => ({ ...r, url: r.data.url, title: r.data.meta.title ?? '', keywords: r.data.meta.keywords ?? '' })), query);
    list.replaceChildren(...ranked.map((r) => this.#item(r.data)));
    const forms = Object.fromEntries(Object.entries(this.dataset).filter(([k]) => k.startsWith('count')).map(([k, v]) => [k.slice(5).toLowerCase(), v]));
    status.replaceChildren(
      results.length ? countMessage(forms, document.documentElement.lang, results.length, query) : (this.dataset.none ?? '').replace('{{query}}', query),
      ...(correction.changed ? [' ', this.#correctionLine(query, typed)] : []),
    );
    empty.hidden = results.length > 0;
    // Says which query the list now shows (for tests and anything waiting on a search to finish).
    this.dataset.shown = typed;
  }

  // "Showing results for «…». Search instead for «…»." — heard through the status region it sits in.
  #correctionLine(query: string, typed: string): HTMLSpanElement {
    const line = document.createElement('span');
    line.className = 'search-page__correction';
    const link = document.createElement('a');
    link.href = location.pathname + searchForQuery(typed, true);
    link.dataset.searchInstead = typed;
    link.textContent = (this.dataset.instead ?? '{{query}}').replace('{{query}}', typed);
    line.append((this.dataset.corrected ?? '{{query}}').replace('{{query}}', query), ' ', link);
    return line;
  }

  #item(result: PagefindResult): HTMLLIElement {
    const li = document.createElement('li');
    li.className = 'search-result';
    const link = document.createElement('a');
    link.href = result.url;
    link.className = 'search-result__title';
    link.textContent = result.meta.title ?? result.url;
    li.append(link);
    if (result.meta.section) {
      const section = document.createElement('p');
      section.className = 'search-result__section';
      section.textContent = result.meta.section;
      li.append(section);
    }
    const excerpt = document.createElement('p');
    excerpt.className = 'search-result__excerpt';
    // The reader keywords are indexed but never shown: an excerpt cut from them gives way to the description.
    if (result.meta.description && excerptFromKeywords(result.excerpt, result.meta.keywords ?? '')) excerpt.textContent = result.meta.description;
    else appendExcerpt(excerpt, result.excerpt);
    li.append(excerpt);
    const subs = (result.sub_results ?? []).filter((sub) => sub.url !== result.url && sub.url.includes('#')).slice(0, 3);
    if (subs.length) {
      const ul = document.createElement('ul');
      ul.className = 'search-result__subs';
      for (const sub of subs) {
        const item = document.createElement('li');
        const a = document.createElement('a');
        a.href = sub.url;
        a.textContent = sub.title;
        item.append(a);
        ul.append(item);
      }
      li.append(ul);
    }
    return li;
  }
}

if (!customElements.get('site-search')) customElements.define('site-search', SiteSearchElement);
