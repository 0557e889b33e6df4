// <site-search>: loads pagefind on the search page only and lists results as the reader types.
import { correctQuery, prepareVocabulary, wordsToCheck, type Vocabulary } from './correct.ts';
import { bestSection, countMessage, excerptAt, exactFromSearch, isTrackingNumber, MAX_QUERY, poolResults, queryFromSearch, rerank, searchForQuery, tellingPositions, type Pooled } from './logic.ts';
import { PHRASE_SEPARATOR, prepareSpecificity, queryWords, type Specificity } from './situation.ts';

interface PagefindData {
  url: string;
  content: string;
  meta: { title?: string; section?: string; keywords?: string; description?: string; phrases?: string };
  anchors?: { element: string; id?: string; text?: string; location: number }[];
}
/** What a result is drawn from: its fragment, or its card (the fragment without the text) until the fragment arrives. */
type Shown = Omit<PagefindData, 'content'> & { content?: string };
/** The build's cards for the language, by page id; none for a site too large to list them all (search-cards.json). */
type Cards = Record<string, Shown | undefined>;
type Found = { results: { id: string; score: number; words: number[]; data(): Promise<PagefindData> }[] };
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(q: string, o?: Record<string, unknown>): Promise<Found>;
}
/** What search-words.json gives the page, ready for use; without it the query is searched as typed and every word weighs the same. */
interface Words {
  vocabulary: Vocabulary | undefined;
  specificity: Specificity;
  little: ReadonlySet<string>;
}

// Each shown result costs a fragment download; eight is what a phone screen list can usefully hold.
const MAX_RESULTS = 8;
// Words of text shown under each result.
const EXCERPT_WORDS = 24;
// How long the reader's pause must be before a search runs.
const PAUSE_MS = 150;

/** The page's `##` and `###` headings with their ids, where its sections start. */
const anchorsOf = (data: Shown) =>
  (data.anchors ?? []).filter((a) => /^h[23]$/i.test(a.element) && a.id && a.text).map((a) => ({ id: a.id!, text: a.text!, location: a.location }));
const headingsOf = (data: Shown) => anchorsOf(data).map((a) => a.text);

/** The search page element. */
export class SiteSearchElement extends HTMLElement {
  #pagefind: Promise<Pagefind> | undefined;
  #words: Promise<Words> | undefined;
  #cards: Promise<Cards> | undefined;
  #input: HTMLInputElement | null = null;
  /** Counts searches, so a slower earlier one never draws over a later one. */
  #generation = 0;
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
  #submit = (event: Event) => {
    event.preventDefault();
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
    if (this.#input.value) void this.search(true);
    else this.#input.focus();
  }

  disconnectedCallback(): void {
    this.#input?.removeEventListener('input', this.#run);
    this.removeEventListener('click', this.#onInstead);
    this.querySelector('form')?.removeEventListener('submit', this.#submit);
    this.querySelector('[data-search-filters]')?.removeEventListener('change', this.#run);
  }

  #load(): Promise<Pagefind> {
    // A URL in a variable keeps the bundler from trying to resolve the index, which exists only after a build.
    const url = '/pagefind/pagefind.js';
    this.#pagefind ??= (import(/* @vite-ignore */ url) as Promise<Pagefind>).then(async (pagefind) => {
      // The index is small enough to search on the page itself: no worker script to download.
      // Reader keywords and phrases describe the page's situation, so a match there counts like a heading.
      // The build's tag in the entry file's URL lets the copy fetched ahead on the article page be reused (searchTag).
      await pagefind.options({ noWorker: true, ...(this.dataset.tag ? { metaCacheTag: this.dataset.tag } : {}), ranking: { metaWeights: { title: 5, keywords: 3, phrases: 3, description: 1, section: 0 } } });
      await pagefind.init();
      return pagefind;
    });
    return this.#pagefind;
  }

  // The site's words and their specificity, fetched with the first search only.
  #loadWords(): Promise<Words> {
    this.#words ??= fetch(`/${this.dataset.lang}/search-words.json?ts=${this.dataset.tag ?? ''}`)
      .then((response) => (response.ok ? response.json() : {}))
      .then((file: { words?: unknown; short?: unknown; keep?: unknown; little?: unknown; specificity?: unknown }) => ({
        vocabulary: Array.isArray(file.words) ? prepareVocabulary(file.words, Array.isArray(file.short) ? file.short : [], Array.isArray(file.keep) ? file.keep : []) : undefined,
        specificity: prepareSpecificity(file.specificity),
        little: new Set(Array.isArray(file.little) ? file.little.filter((word): word is string => typeof word === 'string') : []),
      }))
      .catch(() => ({ vocabulary: undefined, specificity: prepareSpecificity(undefined), little: new Set<string>() }));
    return this.#words;
  }

  // The result cards, fetched with the first search only; without them each result waits for its fragment.
  #loadCards(): Promise<Cards> {
    this.#cards ??= fetch(`/${this.dataset.lang}/search-cards.json?ts=${this.dataset.tag ?? ''}`)
      .then((response) => (response.ok ? response.json() : {}))
      .then((file: unknown) => (file && typeof file === 'object' ? (file as Cards) : {}))
      .catch(() => ({}));
    return this.#cards;
  }

  /** Runs the current query, corrected unless the reader asked otherwise, and redraws the results. */
  async search(fromAddress = false): Promise<void> {
    const generation = ++this.#generation;
    const typed = (this.#input?.value ?? '').trim().slice(0, MAX_QUERY);
    if (this.#exact !== undefined && this.#exact !== typed) this.#exact = undefined;
    const exact = this.#exact !== undefined;
    history.replaceState(history.state, '', location.pathname + searchForQuery(typed, exact));
    const status = this.querySelector<HTMLElement>('[data-search-status]')!;
    const list = this.querySelector<HTMLOListElement>('[data-search-results]')!;
    const empty = this.querySelector<HTMLElement>('[data-search-empty]')!;
    // A tracking number is named as one at once, whatever the index finds for it.
    const parcel = this.querySelector<HTMLElement>('[data-search-parcel]');
    if (parcel) parcel.hidden = !isTrackingNumber(typed);
    if (!typed) {
      list.replaceChildren();
      status.textContent = '';
      empty.hidden = true;
      return;
    }
    let pagefind: Pagefind;
    let words: Words;
    let cards: Cards;
    try {
      if (!this.#pagefind) status.textContent = this.dataset.loading ?? '';
      [pagefind, words, cards] = await Promise.all([this.#load(), this.#loadWords(), this.#loadCards()]);
    } catch {
      status.textContent = this.dataset.failed ?? '';
      this.querySelector('[data-search-nojs]')?.classList.remove('no-js-only');
      return;
    }
    // A query from the address (the header form, a shared link) is complete: only typing here needs the pause.
    if (!fromAddress) await new Promise((resolve) => setTimeout(resolve, PAUSE_MS));
    if (generation !== this.#generation) return;
    const { vocabulary, specificity, little } = words;
    let correction = { query: typed, shown: typed, changed: false };
    if (!exact && vocabulary) {
      // Never replace a word the index finds by its stem: ask it about each word correction would change.
      const check = wordsToCheck(typed, vocabulary);
      const found = await Promise.all(check.map((word) => pagefind.search(`"${word}"`)));
      correction = correctQuery(typed, vocabulary, new Set(check.filter((_, i) => found[i]!.results.length > 0)));
    }
    const query = correction.query || typed;
    // The reader's words are echoed as typed unless a correction is named: a word left out of the search ("US") is
    // still theirs, and dropping it silently reads as if the guide had not understood it.
    const shown = correction.changed ? correction.shown || typed : typed;
    // A corrected query holds only words worth searching, short ones included ("вк", "id"); a query as typed drops one- and two-letter words.
    const searched = !exact && vocabulary ? query.split(' ').filter(Boolean) : queryWords(query);
    const section = (this.querySelector<HTMLSelectElement>('[data-search-filters] select')?.value ?? '') || undefined;
    const options = section ? { filters: { section } } : {};
    // One search per word, pooled: pagefind alone wants every word on one page, and readers' sentences hold words no page has.
    const perWord = await Promise.all((searched.length ? searched : [query]).map((word) => pagefind.search(word, options)));
    const pooled = poolResults(perWord.map((found) => found.results));
    const byId = new Map(perWord.flatMap((found) => found.results).map((result) => [result.id, result]));
    const top = pooled.slice(0, MAX_RESULTS).map((page) => ({ page, text: byId.get(page.id)!.data() }));
    // With every card at hand the list is drawn now, and each excerpt is filled in when its page's text arrives;
    // without (a large site, an older cached file) every result waits for its fragment, as ranking needs them all.
    const fromCards = top.every(({ page }) => cards[page.id]);
    const loaded = fromCards
      ? top.map(({ page, text }) => ({ page, text, data: cards[page.id]! }))
      : await Promise.all(top.map(async ({ page, text }) => ({ page, text, data: (await text) as Shown })));
    if (generation !== this.#generation) return;
    const hits = loaded.map(({ page, text, data }) => ({
      page,
      text,
      data,
      url: data.url,
      score: page.score,
      title: data.meta.title ?? '',
      keywords: data.meta.keywords ?? '',
      phrases: (data.meta.phrases ?? '').split(PHRASE_SEPARATOR).filter(Boolean),
      headings: headingsOf(data),
    }));
    list.replaceChildren(...rerank(hits, searched, specificity).map((hit) => this.#item(hit.data, hit.page, searched, specificity, hit.text, little)));
    // A corrected query is named once, on the correction line: the count then goes without it.
    const prefix = correction.changed ? 'found' : 'count';
    const forms = Object.fromEntries(Object.entries(this.dataset).filter(([k]) => k.startsWith(prefix)).map(([k, v]) => [k.slice(prefix.length).toLowerCase(), v]));
    status.replaceChildren(
      // The count is of the results shown: a reader told "20" who finds 8 wonders where the rest went.
      pooled.length ? countMessage(forms, document.documentElement.lang, top.length, shown) : (this.dataset.none ?? '').replace('{{query}}', shown),
      ...(correction.changed ? [' ', this.#correctionLine(shown, typed)] : []),
    );
    empty.hidden = pooled.length > 0;
    // Says which query the list now shows (for tests and anything waiting on a search to finish), then that its excerpts are in.
    this.dataset.shown = typed;
    await Promise.allSettled(top.map(({ text }) => text));
    if (generation === this.#generation) this.dataset.complete = typed;
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

  #item(result: Shown, page: Pooled, searched: readonly string[], specificity: Specificity, text: Promise<PagefindData>, little: ReadonlySet<string>): HTMLLIElement {
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
    // The little words of a question would draw the excerpt to any sentence: only the telling ones place it.
    const positions = tellingPositions(searched, page.positions, specificity, little);
    const cut = (content: string) => {
      for (const part of excerptAt(content, positions, EXCERPT_WORDS)) {
        if (part.mark) excerpt.append(Object.assign(document.createElement('mark'), { textContent: part.text }));
        else excerpt.append(part.text);
      }
    };
    // Matched only through its title, keywords or phrases: no words of the text to show, so the summary stands in.
    if (positions.length === 0 && result.meta.description) excerpt.textContent = result.meta.description;
    else if (result.content !== undefined) cut(result.content);
    // A fragment that never arrives leaves the title and section, which are what the reader follows.
    else void text.then((full) => cut(full.content), () => {});
    li.append(excerpt);
    const matched = bestSection(anchorsOf(result), searched, page.positions, specificity);
    if (matched) {
      const ul = document.createElement('ul');
      ul.className = 'search-result__subs';
      const item = document.createElement('li');
      const a = document.createElement('a');
      a.href = `${result.url}#${matched.id}`;
      a.textContent = matched.text;
      item.append(a);
      ul.append(item);
      li.append(ul);
    }
    return li;
  }
}

if (!customElements.get('site-search')) customElements.define('site-search', SiteSearchElement);
