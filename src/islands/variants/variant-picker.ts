// Shows one of the ID guide's four sections at a time, picked with the server-rendered radio groups; the URL fragment keeps the choice.
import { chooseVariant, variantFor, type VariantId } from './variants.ts';

function setUp(): void {
  const sections = [...document.querySelectorAll<HTMLElement>('section[data-variant]')];
  const form = document.querySelector<HTMLFormElement>('form.variant-picker');
  if (!sections.length || !form || form.dataset.ready) return;
  form.dataset.ready = '';
  const owners: Record<string, VariantId> = {};
  for (const section of sections) {
    for (const el of section.querySelectorAll('[id]')) owners[el.id] = section.dataset.variant as VariantId;
  }
  const show = (chosen: VariantId, updateUrl: boolean) => {
    for (const section of sections) {
      section.hidden = section.dataset.variant !== chosen;
      section.classList.toggle('variant--shown', !section.hidden);
    }
    const [place, design] = chosen.split('-');
    for (const input of form.querySelectorAll<HTMLInputElement>('input')) input.checked = input.value === place || input.value === design;
    const heading = sections.find((s) => s.dataset.variant === chosen)?.querySelector('h2[id], h3[id]');
    if (updateUrl && heading) history.replaceState(history.state, '', `#${heading.id}`);
  };
  let chosen = chooseVariant(location.hash, owners);
  form.addEventListener('change', () => {
    const data = new FormData(form);
    chosen = variantFor(data.get('variant-place') as 'app' | 'web', data.get('variant-design') as 'current' | 'older');
    show(chosen, true);
  });
  form.addEventListener('submit', (event) => event.preventDefault());
  show(chosen, false);
  window.addEventListener('hashchange', () => {
    const next = chooseVariant(location.hash, owners);
    if (next === chosen) return;
    chosen = next;
    show(next, false);
    // The browser tried to scroll while the target was still hidden; without this the tapped link looks dead.
    document.querySelector(':target')?.scrollIntoView();
  });
}

setUp();
