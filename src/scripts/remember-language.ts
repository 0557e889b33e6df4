// Remembers the language a reader picks, so the root page can open it next time.
document.addEventListener('click', (event) => {
  const link = (event.target as Element | null)?.closest?.('a[hreflang]');
  const lang = link?.getAttribute('hreflang');
  if (!lang) return;
  try {
    localStorage.setItem('lang', lang);
  } catch {
    // Storage can be off (private mode); the choice then simply is not remembered.
  }
});
