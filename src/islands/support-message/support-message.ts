// <support-message>: composes the message as the reader types, refuses what must never be sent, and copies it.
// Nothing is stored or sent, and nothing reaches the URL: there is no form to submit.
import { checkFields, composeMessage, fieldIds, isSituation, triedIds, type FieldId, type MessageTexts, type TriedId } from './compose.ts';

/** The composer element; its words come from the server-rendered markup in the page's language. */
export class SupportMessageElement extends HTMLElement {
  #texts: { en: MessageTexts; local: MessageTexts } | undefined;
  #onInput = () => this.update();
  #onCopy = () => void this.copy();

  connectedCallback(): void {
    try {
      this.#texts = JSON.parse(this.dataset.texts ?? '') as { en: MessageTexts; local: MessageTexts };
    } catch {
      return;
    }
    this.addEventListener('input', this.#onInput);
    this.addEventListener('change', this.#onInput);
    this.querySelector('[data-copy]')?.addEventListener('click', this.#onCopy);
    this.update();
  }

  disconnectedCallback(): void {
    this.removeEventListener('input', this.#onInput);
    this.removeEventListener('change', this.#onInput);
    this.querySelector('[data-copy]')?.removeEventListener('click', this.#onCopy);
  }

  /** Reads the form, drops (and clears) what must not be sent, and redraws both messages. */
  update(): void {
    if (!this.#texts) return;
    const typed = Object.fromEntries(fieldIds.map((id) => [id, this.#field(id)?.value ?? ''])) as Record<FieldId, string>;
    const { clean, problems } = checkFields(typed);
    for (const id of fieldIds) {
      const problem = problems.find((p) => p.field === id);
      const error = this.querySelector<HTMLElement>(`[data-error-for="${id}"]`);
      const input = this.#field(id);
      if (!error || !input) continue;
      input.setAttribute('aria-invalid', String(Boolean(problem)));
      if (!problem) {
        error.hidden = true;
        error.replaceChildren();
        continue;
      }
      // A card number never stays on screen, not even in the field the reader typed it into.
      if (problem.problem === 'card') input.value = '';
      const template = this.querySelector<HTMLTemplateElement>(`template[data-error="${problem.problem}"]`);
      const node = template ? (template.content.cloneNode(true) as DocumentFragment) : document.createDocumentFragment();
      for (const slot of node.querySelectorAll<HTMLElement>('[data-slot="masked"]')) slot.textContent = 'masked' in problem ? problem.masked : '';
      error.replaceChildren(node);
      error.hidden = false;
    }
    const situation = this.querySelector<HTMLSelectElement>('[data-situation]')?.value;
    const tried = [...this.querySelectorAll<HTMLInputElement>('[data-tried]:checked')].map((box) => box.value).filter((v): v is TriedId => (triedIds as readonly string[]).includes(v));
    const input = { situation: isSituation(situation) ? situation : undefined, tried, fields: clean };
    const english = this.querySelector('[data-support-message]');
    const local = this.querySelector('[data-support-message-local]');
    if (english) english.textContent = composeMessage(input, this.#texts.en, 'en');
    if (local && local !== english) local.textContent = composeMessage(input, this.#texts.local, this.dataset.lang ?? 'en');
  }

  /** Copies the English message and says so in the polite status region. */
  async copy(): Promise<void> {
    const status = this.querySelector<HTMLElement>('[data-copy-status]');
    const text = this.querySelector('[data-support-message]')?.textContent ?? '';
    try {
      await navigator.clipboard.writeText(text);
      if (status) status.textContent = status.dataset.copied ?? '';
    } catch {
      // Without clipboard access, select the text so the reader can copy it by hand.
      const target = this.querySelector('[data-support-message]');
      if (target) getSelection()?.selectAllChildren(target);
      if (status) status.textContent = status.dataset.failed ?? '';
    }
  }

  #field(id: FieldId): HTMLInputElement | null {
    return this.querySelector<HTMLInputElement>(`[data-field="${id}"]`);
  }
}

if (!customElements.get('support-message')) customElements.define('support-message', SupportMessageElement);
