import { parse } from 'node-html-parser';

/** One question of an FAQ page and its answer as plain text. */
export interface FaqItem {
  question: string;
  answer: string;
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Reads an FAQ article's HTML: each `<h2>` is a question, everything up to the next `<h2>` its answer. */
export function faqFromHtml(html: string): FaqItem[] {
  const items: FaqItem[] = [];
  let current: { question: string; parts: string[] } | undefined;
  for (const node of parse(html).childNodes) {
    const tag = 'tagName' in node ? String(node.tagName).toLowerCase() : '';
    if (tag === 'h2') {
      if (current) items.push({ question: current.question, answer: collapse(current.parts.join(' ')) });
      current = { question: collapse(node.text), parts: [] };
    } else if (current) {
      current.parts.push(node.text);
    }
  }
  if (current) items.push({ question: current.question, answer: collapse(current.parts.join(' ')) });
  return items.filter((item) => item.question && item.answer);
}

/** schema.org FAQPage data for the given questions. */
export function faqJsonLd(items: readonly FaqItem[]): object {
  return {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    mainEntity: items.map((item) => ({
      '@type': 'Question',
      name: item.question,
      acceptedAnswer: { '@type': 'Answer', text: item.answer },
    })),
  };
}
