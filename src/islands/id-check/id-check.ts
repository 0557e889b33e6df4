// <id-check>: reveals the checker over the server-rendered formats table and answers as the reader types.
import { classifyIdentifier } from './classify.ts';
import { messagesFor, phoneLabel } from './messages.ts';

/** The checker element; everything it shows comes from templates the server rendered in the page's language. */
export class IdCheckElement extends HTMLElement {
  #input: HTMLInputElement | HTMLTextAreaElement | null = null;
  #result: HTMLElement | null = null;
  #onInput = () => this.update();
  #onClear = () => {
    if (!this.#input) return;
    this.#input.value = '';
    this.update();
    this.#input.focus();
  };

  connectedCallback(): void {
    this.#input = this.querySelector('input, textarea');
    this.#result = this.querySelector('[data-kind]');
    if (!this.#input || !this.#result) return;
    this.#input.addEventListener('input', this.#onInput);
    this.querySelector('[data-clear]')?.addEventListener('click', this.#onClear);
    this.update();
  }

  disconnectedCallback(): void {
    this.#input?.removeEventListener('input', this.#onInput);
    this.querySelector('[data-clear]')?.removeEventListener('click', this.#onClear);
  }

  /** Classifies the field's text and redraws the result from the matching templates. */
  update(): void {
    const result = classifyIdentifier(this.#input?.value ?? '');
    const out = this.#result!;
    out.dataset.kind = result.kind;
    for (const [name, value] of [['checksum', result.checksum], ['phoneReset', result.phoneReset]] as const) {
      if (value) out.dataset[name] = value;
      else delete out.dataset[name];
    }
    const slots: Record<string, string | undefined> = { country: phoneLabel(result, document.documentElement.lang), masked: result.masked, domain: result.kind === 'link' ? result.value : result.kind === 'email' ? result.value?.slice(result.value.lastIndexOf('@') + 1) : undefined };
    out.replaceChildren(
      ...messagesFor(result).map((key) => {
        const template = this.querySelector<HTMLTemplateElement>(`template[data-message="${key}"]`);
        const node = template ? (template.content.cloneNode(true) as DocumentFragment) : document.createDocumentFragment();
        // Only ever textContent: what the reader typed is never parsed as markup.
        for (const slot of node.querySelectorAll<HTMLElement>('[data-slot]')) slot.textContent = slots[slot.dataset.slot!] ?? '';
        return node;
      }),
    );
  }
}

if (!customElements.get('id-check')) customElements.define('id-check', IdCheckElement);
