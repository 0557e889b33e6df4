// <wizard-flow>: moves between the wizard's static pages in place, keeping the reader's answers in history.
import { wizardTree } from './tree.ts';
import { answersFromState, nodeFromPath, type GivenAnswer } from './url.ts';

const pages = new Map<string, Promise<Document>>();

/** Fetches a wizard page of this site once and keeps the parsed document. */
function load(url: string): Promise<Document> {
  let page = pages.get(url);
  if (!page) {
    page = fetch(url, { credentials: 'same-origin' }).then(async (response) => {
      if (!response.ok) throw new Error(`${url}: ${response.status}`);
      return new DOMParser().parseFromString(await response.text(), 'text/html');
    });
    page.catch(() => pages.delete(url));
    pages.set(url, page);
  }
  return page;
}

/** The wizard element: progressive enhancement over answer links that work on their own. */
export class WizardFlowElement extends HTMLElement {
  #answers: GivenAnswer[] = [];
  #onClick = (event: MouseEvent) => this.#click(event);
  #onPop = (event: PopStateEvent) => void this.#show(location.pathname, answersFromState(event.state), false);

  connectedCallback(): void {
    this.#answers = answersFromState(history.state);
    history.replaceState({ answers: this.#answers }, '');
    this.addEventListener('click', this.#onClick);
    window.addEventListener('popstate', this.#onPop);
    this.#render();
  }

  disconnectedCallback(): void {
    this.removeEventListener('click', this.#onClick);
    window.removeEventListener('popstate', this.#onPop);
  }

  #click(event: MouseEvent): void {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = (event.target as Element).closest<HTMLAnchorElement>('a[href]');
    if (!link || !nodeFromPath(wizardTree, new URL(link.href, location.href).pathname)) return;
    const url = new URL(link.href, location.href).pathname;
    let answers: GivenAnswer[];
    if (link.dataset.answer) {
      const question = this.querySelector<HTMLElement>('[data-question]');
      answers = [...this.#answers, {
        question: question?.dataset.question ?? '',
        questionText: question?.querySelector('h1')?.textContent?.trim() ?? '',
        answerText: link.textContent?.trim() ?? '',
        url: location.pathname,
      }];
    } else if (link.dataset.change !== undefined) {
      answers = this.#answers.slice(0, Number(link.dataset.change));
    } else if (link.hasAttribute('data-start-again')) {
      answers = [];
    } else {
      return;
    }
    event.preventDefault();
    void this.#show(url, answers, true);
  }

  async #show(url: string, answers: GivenAnswer[], push: boolean): Promise<void> {
    let doc: Document;
    try {
      doc = await load(url);
    } catch {
      location.assign(url);
      return;
    }
    const step = doc.querySelector('[data-wizard-step]');
    const here = this.querySelector('[data-wizard-step]');
    if (!step || !here) return location.assign(url);
    here.replaceChildren(...[...step.childNodes].map((node) => document.importNode(node, true)));
    const atStart = url === this.#startUrl();
    this.querySelector('.wizard__intro')?.toggleAttribute('hidden', !atStart);
    this.querySelector('[data-start-again]')?.toggleAttribute('hidden', atStart);
    document.title = doc.title;
    // The language links lead to this step in the other languages, as they do after a full page load.
    for (const link of document.querySelectorAll<HTMLAnchorElement>('.lang-switch a[hreflang]')) {
      const there = doc.querySelector(`.lang-switch a[hreflang="${link.hreflang}"]`)?.getAttribute('href');
      if (there) link.setAttribute('href', there);
    }
    this.#answers = answers;
    if (push) history.pushState({ answers }, '', url);
    this.#render();
    const heading = here.querySelector<HTMLElement>('h1');
    heading?.focus();
    const live = this.querySelector('[data-wizard-live]');
    if (live && heading) live.textContent = heading.textContent;
    for (const next of here.querySelectorAll<HTMLAnchorElement>('a[data-answer]')) void load(new URL(next.href).pathname).catch(() => {});
  }

  #startUrl(): string {
    return this.querySelector<HTMLAnchorElement>('[data-start-again]')?.getAttribute('href') ?? '';
  }

  #render(): void {
    const box = this.querySelector<HTMLElement>('[data-wizard-answers]');
    const list = box?.querySelector('dl');
    if (!box || !list) return;
    box.hidden = this.#answers.length === 0;
    const label = this.dataset.changeLabel ?? '';
    list.replaceChildren(
      ...this.#answers.flatMap((answer, i) => {
        const dt = document.createElement('dt');
        dt.textContent = answer.questionText;
        const dd = document.createElement('dd');
        const text = document.createElement('span');
        text.textContent = answer.answerText;
        const change = document.createElement('a');
        change.href = answer.url;
        change.dataset.change = String(i);
        change.textContent = this.dataset.changeWord ?? '';
        change.setAttribute('aria-label', label.replace('{{question}}', answer.questionText));
        dd.append(text, ' ', change);
        return [dt, dd];
      }),
    );
  }
}

if (!customElements.get('wizard-flow')) customElements.define('wizard-flow', WizardFlowElement);
