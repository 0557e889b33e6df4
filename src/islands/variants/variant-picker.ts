// Turns the ID guide's four sections into one at a time, picked with two small radio groups; the URL fragment keeps the choice.
import { chooseVariant, variantFor, type VariantId } from './variants.ts';

function radios(name: string, legend: string, options: [string, string][], checked: string): HTMLFieldSetElement {
  const set = document.createElement('fieldset');
  const title = document.createElement('legend');
  title.textContent = legend;
  set.append(title);
  for (const [value, text] of options) {
    const label = document.createElement('label');
    const input = document.createElement('input');
    input.type = 'radio';
    input.name = name;
    input.value = value;
    input.checked = value === checked;
    label.append(input, ` ${text}`);
    set.append(label);
  }
  return set;
}

function setUp(): void {
  const sections = [...document.querySelectorAll<HTMLElement>('section[data-variant]')];
  const first = sections[0];
  if (!first || first.previousElementSibling?.matches('.variant-picker')) return;
  const owners: Record<string, VariantId> = {};
  for (const section of sections) {
    for (const el of section.querySelectorAll('[id]')) owners[el.id] = section.dataset.variant as VariantId;
  }
  const label = (key: string) => first.dataset[`label${key[0]!.toUpperCase()}${key.slice(1)}`] ?? key;
  const show = (chosen: VariantId, updateUrl: boolean) => {
    for (const section of sections) section.hidden = section.dataset.variant !== chosen;
    const heading = sections.find((s) => s.dataset.variant === chosen)?.querySelector('h2[id], h3[id]');
    if (updateUrl && heading) history.replaceState(history.state, '', `#${heading.id}`);
  };
  let chosen = chooseVariant(location.hash, owners);
  const [place, design] = chosen.split('-') as ['app' | 'web', 'current' | 'older'];
  const form = document.createElement('form');
  form.className = 'variant-picker';
  form.setAttribute('aria-label', label('legend'));
  form.append(
    radios('variant-place', label('place'), [['app', label('app')], ['web', label('web')]], place),
    radios('variant-design', label('design'), [['current', label('current')], ['older', label('older')]], design),
  );
  form.addEventListener('change', () => {
    const data = new FormData(form);
    chosen = variantFor(data.get('variant-place') as 'app' | 'web', data.get('variant-design') as 'current' | 'older');
    show(chosen, true);
  });
  form.addEventListener('submit', (event) => event.preventDefault());
  first.before(form);
  show(chosen, false);
  window.addEventListener('hashchange', () => {
    const next = chooseVariant(location.hash, owners);
    if (next === chosen) return;
    chosen = next;
    const [p, d] = next.split('-');
    for (const input of form.querySelectorAll<HTMLInputElement>('input')) input.checked = input.value === p || input.value === d;
    show(next, false);
    // The browser tried to scroll while the target was still hidden; without this the tapped link looks dead.
    document.querySelector(':target')?.scrollIntoView();
  });
}

setUp();
