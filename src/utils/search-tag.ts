// One tag per build for the files pagefind writes under fixed names (its entry file, the prefetch list).

/**
 * Changes with every build, so a page asks for `pagefind-entry.json?ts=<tag>`: the same URL on the article page that
 * fetches it ahead and on the search page that uses it (pagefind's own default, the time of the request, is never in
 * any cache), and a new URL after the next deploy, so a cached entry never names index files that are gone.
 */
export const searchTag = Date.now().toString(36);
