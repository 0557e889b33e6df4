// <support-message>: composes the message as the reader types, refuses what must never be sent, and copies it.
// Nothing is stored or sent, and nothing reaches the URL: there is no form to submit.
import { checkFields, composeMessage, fieldIds, isSituation, triedIds, type FieldId, type FieldProblem, type MessageTexts, type TriedId } from './compose.ts';

/** The composer element; its words come from the server-rendered markup in the page's language. */
export class SupportMessageElement extends HTMLElement {
  #texts: { en: MessageTexts; local: MessageTexts } | undefined;
  // Fields whose card number was cleared: the warning stays until the reader types there again.
  #cleared = new Map<FieldId, FieldProblem>();
  #onInput = (event: Event) => {
    const id = (event.target as HTMLElement | null)?.dataset?.field;
    if (id) this.#cleared.delete(id as FieldId);
    // A paste or a drop clears a card number at once; while digits are typed one by one the field is left alone
    // (the number is kept out of the message all the same) and cleared when the reader leaves the field.
    const { inputType = '', data } = event as InputEvent;
    const whole = /^insertFrom|^insertReplacement/.test(inputType) || (data ?? '').length > 1 || inputType === '';
    this.update(whole ? id : '');
  };
  // A change event (select, checkbox, or a field losing focus) is not new typing: the warning stays, and a
  // card number typed into the field is cleared now.
  #onChange = (event: Event) => this.update((event.target as HTMLElement | null)?.dataset?.field);
  #onCopy = (event: Event) => void this.copy((event.currentTarget as HTMLElement).dataset.copy === 'local' ? 'local' : 'en');

  connectedCallback(): void {
    try {
      this.#texts = JSON.parse(this.dataset.texts ?? '') as { en: MessageTexts; local: MessageTexts };
    } catch {
      return;
    }
    this.addEventListener('input', this.#onInput);
    this.addEventListener('change', this.#onChange);
    for (const button of this.querySelectorAll('[data-copy]')) button.addEventListener('click', this.#onCopy);
    this.update();
  }

  disconnectedCallback(): void {
    this.removeEventListener('input', this.#onInput);
    this.removeEventListener('change', this.#onChange);
    for (const button of this.querySelectorAll('[data-copy]')) button.removeEventListener('click', this.#onCopy);
  }

  /** Reads the form, drops what must not be sent, clears a card number from `settled` (the field just pasted into or left; every field but the focused one when not given, none when ''), and redraws both messages. */
  update(settled?: string): void {
    if (!this.#texts) return;
    const typed = Object.fromEntries(fieldIds.map((id) => [id, this.#field(id)?.value ?? ''])) as Record<FieldId, string>;
    const { clean, problems } = checkFields(typed);
    for (const id of fieldIds) {
      const problem = problems.find((p) => p.field === id) ?? this.#cleared.get(id);
      const error = this.querySelector<HTMLElement>(`[data-error-for="${id}"]`);
      const input = this.#field(id);
      if (!error || !input) continue;
      input.setAttribute('aria-invalid', String(Boolean(problem)));
      if (!problem) {
        error.hidden = true;
        error.replaceChildren();
        continue;
      }
      // A card number never stays on screen once the reader has pasted it or moved on from the field. The field
      // being typed into when the composer's code arrives is spared: clearing it there would leave the last digits.
      const settles = settled === undefined ? input !== document.activeElement : settled === id;
      if (problem.problem === 'card' && settles && input.value !== '') {
        input.value = '';
        this.#cleared.set(id, problem);
      }
      // A card number still being typed is warned about as such: "the field was cleared" would not be true yet.
      const name = problem.problem === 'card' && input.value !== '' ? 'cardTyping' : problem.problem;
      const template = this.querySelector<HTMLTemplateElement>(`template[data-error="${name}"]`);
      const node = template ? (template.content.cloneNode(true) as DocumentFragment) : document.createDocumentFragment();
      // Slots take the problem's own words: the masked card, or the site that is not AliExpress's.
      for (const slot of node.querySelectorAll<HTMLElement>('[data-slot]')) {
        const value: unknown = (problem as Record<string, unknown>)[slot.dataset.slot ?? ''];
        slot.textContent = typeof value === 'string' ? value : '';
      }
      error.replaceChildren(node);
      error.hidden = false;
    }
    const situation = this.querySelector<HTMLSelectElement>('[data-situation]')?.value;
    const tried = [...this.querySelectorAll<HTMLInputElement>('[data-tried]:checked')].map((box) => box.value).filter((v): v is TriedId => (triedIds as readonly string[]).includes(v));
    const phoneGone = this.querySelector<HTMLInputElement>('[data-phone-gone]')?.checked ?? false;
    const inboxOther = this.querySelector<HTMLInputElement>('[data-inbox-other]')?.checked ?? false;
    const input = { situation: isSituation(situation) ? situation : undefined, tried, fields: clean, phoneGone, inboxOther };
    const english = this.querySelector('[data-support-message]');
    const local = this.querySelector('[data-support-message-local]');
    if (english) english.textContent = composeMessage(input, this.#texts.en, 'en');
    if (local && local !== english) local.textContent = composeMessage(input, this.#texts.local, this.dataset.lang ?? 'en');
  }

  /** Copies the English message or the one in the page's language, and says which in the polite status region under its button. */
  async copy(which: 'en' | 'local'): Promise<void> {
    const status = this.querySelector<HTMLElement>(`[data-copy-status="${which}"]`);
    // The other button's confirmation goes: only the last copy is true of the clipboard.
    for (const other of this.querySelectorAll<HTMLElement>('[data-copy-status]')) if (other !== status) other.textContent = '';
    const target = this.querySelector(which === 'local' ? '[data-support-message-local]' : '[data-support-message]');
    try {
      // Plain spaces: the typography's non-breaking ones would travel into the chat as odd characters.
      await navigator.clipboard.writeText((target?.textContent ?? '').replace(/[\u00a0\u202f]/g, ' '));
      if (status) status.textContent = (which === 'local' ? status.dataset.copiedLocal : status.dataset.copied) ?? '';
      // A button at the bottom edge of a phone's screen would leave its confirmation just below it, out of sight.
      status?.scrollIntoView({ block: 'nearest' });
    } catch {
      // Without clipboard access, select the text so the reader can copy it by hand.
      if (target) getSelection()?.selectAllChildren(target);
      if (status) status.textContent = status.dataset.failed ?? '';
    }
  }

  #field(id: FieldId): HTMLInputElement | null {
    return this.querySelector<HTMLInputElement>(`[data-field="${id}"]`);
  }
}

if (!customElements.get('support-message')) customElements.define('support-message', SupportMessageElement);
