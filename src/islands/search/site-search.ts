// <site-search>: loads pagefind on the search page only and lists results as the reader types.
import { countMessage, excerptParts, queryFromSearch, queryWords, rerank, searchForQuery } from './logic.ts';

interface PagefindResult {
  url: string;
  meta: { title?: string; section?: string; keywords?: string };
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

const MAX_RESULTS = 10;

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
  #input: HTMLInputElement | null = null;
  #run = () => void this.search();

  connectedCallback(): void {
    this.#input = this.querySelector('[data-search-page-input]');
    if (!this.#input) return;
    this.#input.value = queryFromSearch(location.search);
    this.#input.addEventListener('input', this.#run);
    this.querySelector('form')?.addEventListener('submit', this.#submit);
    this.querySelector('[data-search-filters]')?.addEventListener('change', this.#run);
    if (this.#input.value) void this.search();
    else this.#input.focus();
  }

  disconnectedCallback(): void {
    this.#input?.removeEventListener('input', this.#run);
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

  /** Runs the current query (debounced by pagefind) and redraws the results. */
  async search(): Promise<void> {
    const query = (this.#input?.value ?? '').trim().slice(0, 200);
    history.replaceState(history.state, '', location.pathname + searchForQuery(query));
    const status = this.querySelector<HTMLElement>('[data-search-status]')!;
    const list = this.querySelector<HTMLOListElement>('[data-search-results]')!;
    const empty = this.querySelector<HTMLElement>('[data-search-empty]')!;
    if (!query) {
      list.replaceChildren();
      status.textContent = '';
      empty.hidden = true;
      return;
    }
    let pagefind: Pagefind;
    try {
      if (!this.#pagefind) status.textContent = this.dataset.loading ?? '';
      pagefind = await this.#load();
    } catch {
      status.textContent = this.dataset.failed ?? '';
      this.querySelector('[data-search-nojs]')?.classList.remove('no-js-only');
      return;
    }
    const section = this.querySelector<HTMLInputElement>('[data-search-filters] input:checked')?.value;
    const options = section ? { filters: { section } } : {};
    // One- and two-letter words ("i", "my", "не") are left out: a page must hold every word pagefind is given.
    const found = await pagefind.debouncedSearch(queryWords(query).join(' ') || query, options, 150);
    if (found === null) return;
    let results = found.results;
    // Pagefind wants every word; readers' sentences often hold one that no page has, so fall back to any word.
    if (results.length === 0 && queryWords(query).length > 1) {
      const each = await Promise.all(queryWords(query).map((word) => pagefind.search(word, options)));
      const byPage = new Map<string, Found['results'][number]>();
      for (const r of each.flatMap((f) => f.results)) {
        const seen = byPage.get(r.id);
        if (!seen || seen.score < r.score) byPage.set(r.id, r);
      }
      results = [...byPage.values()].sort((a, b) => b.score - a.score);
    }
    const loaded = await Promise.all(results.slice(0, 20).map(async (r) => ({ score: r.score, data: await r.data() })));
    if ((this.#input?.value ?? '').trim().slice(0, 200) !== query) return;
    const ranked = rerank(loaded.map((r) => ({ ...r, url: r.data.url, title: r.data.meta.title ?? '', keywords: r.data.meta.keywords ?? '' })), query);
    list.replaceChildren(...ranked.slice(0, MAX_RESULTS).map((r) => this.#item(r.data)));
    const forms = Object.fromEntries(Object.entries(this.dataset).filter(([k]) => k.startsWith('count')).map(([k, v]) => [k.slice(5).toLowerCase(), v]));
    status.textContent = results.length
      ? countMessage(forms, document.documentElement.lang, results.length, query)
      : (this.dataset.none ?? '').replace('{{query}}', query);
    empty.hidden = results.length > 0;
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
    appendExcerpt(excerpt, result.excerpt);
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
