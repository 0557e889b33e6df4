// Loads the composer's code only when a composer comes within a screen of view: most readers of a page never
// scroll that far, so the page's first visit stays small. Until then the fields are plain inputs; the composer
// reads whatever was typed into them when it starts.

/** Defines <support-message> once one is near the screen; composers added later (the wizard swaps steps in) are watched too. */
export function defineWhenNear(): void {
  if (customElements.get('support-message')) return;
  const load = () => {
    near.disconnect();
    added.disconnect();
    void import('./support-message.ts');
  };
  const near = new IntersectionObserver((entries) => entries.some((entry) => entry.isIntersecting) && load(), { rootMargin: '100% 0px' });
  const watch = () => document.querySelectorAll('support-message').forEach((element) => near.observe(element));
  const added = new MutationObserver(watch);
  added.observe(document.body, { childList: true, subtree: true });
  watch();
}
