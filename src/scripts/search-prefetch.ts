// Fetches what the first search needs while the reader types in the header box, so the search page finds it cached.

/** A low-priority prefetch hint: the HTTP cache keeps the file for the next page, which may use it for five minutes without asking again. */
function hint(href: string): void {
  const link = document.createElement('link');
  link.rel = 'prefetch';
  link.href = href;
  link.fetchPriority = 'low';
  document.head.append(link);
}

/** Prefetches, for the page's language only, pagefind's entry file and the files the build listed for a first search. */
export function prefetchSearch(form: HTMLFormElement): void {
  const tag = form.dataset.searchTag ?? '';
  const lang = document.documentElement.lang;
  hint(`/pagefind/pagefind-entry.json?ts=${tag}`);
  fetch(`/${lang}/search-prefetch.json?ts=${tag}`, { priority: 'low' })
    .then((response) => (response.ok ? response.json() : { files: [] }))
    .then((list: { files?: unknown }) => {
      for (const file of Array.isArray(list.files) ? list.files : []) if (typeof file === 'string' && file.startsWith('/')) hint(file);
    })
    // Only a head start: the search page fetches whatever did not arrive.
    .catch(() => {});
}
