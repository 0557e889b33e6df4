// The only script on every page: remembers the chosen language, "/" focuses search, search loads on demand.
import { prefetchChunks, prefetchSearch } from './search-prefetch.ts';

// Search forms stay on their page until this runs (method="dialog"), so without JavaScript the typed words stay in view.
for (const form of document.querySelectorAll<HTMLFormElement>('form[data-search-form]')) form.method = 'get';

document.addEventListener('click', (event) => {
  const lang = (event.target as Element | null)?.closest?.('a[hreflang]')?.getAttribute('hreflang');
  if (!lang) return;
  try {
    localStorage.setItem('lang', lang);
  } catch {
    // Storage can be off (private mode); the choice then simply is not remembered.
  }
});

document.addEventListener('keydown', (event) => {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
  const target = event.target as HTMLElement;
  if (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) return;
  const box = document.querySelector<HTMLInputElement>('[data-search-input]');
  if (!box) return;
  event.preventDefault();
  box.focus();
});

// What the first search needs is fetched when the reader reaches for search (focus or typing), and never before.
let prefetched = false;
const reach = (event: Event) => {
  const box = event.target as HTMLInputElement;
  if (!box.matches?.('[data-search-input]')) return;
  if (!prefetched) prefetchSearch(box.closest('form')!);
  prefetched = true;
  // The index chunk a word needs is known from its first letter.
  if (event.type === 'input') prefetchChunks(box.value);
};
document.addEventListener('focusin', reach);
document.addEventListener('input', reach);
