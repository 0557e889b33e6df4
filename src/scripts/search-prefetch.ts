// Fetches what the first search needs while the reader types in the header box, so the search page finds it cached.

/** A prefetch hint: the browser fetches the file at the lowest priority and keeps it in the HTTP cache for the next page. */
function hint(href: string): void {
  document.head.append(Object.assign(document.createElement('link'), { rel: 'prefetch', href }));
}

/** Prefetches, for the page's language only, pagefind's entry file and the files the build listed for a first search. */
export function prefetchSearch(form: HTMLFormElement): void {
  const tag = form.dataset.searchTag;
  hint(`/pagefind/pagefind-entry.json?ts=${tag}`);
  fetch(`/${document.documentElement.lang}/search-prefetch.json?ts=${tag}`, { priority: 'low' })
    .then((response) => response.json())
    .then((list: { files: string[] }) => list.files.forEach(hint))
    // Only a head start: the search page fetches whatever did not arrive.
    .catch(() => {});
}
