// The content rules called directly, each mistake with the exact line an editor reads from `npm run validate`
// (validate.test.ts checks the same end to end, through the command, on copies of the real content).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkContent, formatProblem, type ContentFile, type Context, type Problem } from '../../scripts/lib/content-rules.ts';

const fields = {
  title: 'Reset by email',
  description: 'How to set a new password with the link AliExpress sends to your email address.',
  lastReviewed: '2026-11-01',
  section: 'recover',
  sources: '[help-center]',
};
/** An article: frontmatter (fields may be overridden or removed with undefined), then the body. */
const mdx = (body: string, override: Record<string, string | undefined> = {}) => {
  const all = { ...fields, ...override };
  const lines = Object.entries(all).filter(([, v]) => v !== undefined).map(([k, v]) => `${k}: ${v}`);
  return ['---', ...lines, '---', '', body].join('\n');
};
const file = (lang: ContentFile['lang'], slug: string, source: string): ContentFile => ({ path: `content/${lang}/${slug}.mdx`, lang, slug, source });

// The rest of a small site: a FAQ with headings in every language, so links and anchors have somewhere to go.
const faqBody = '## First question\n\nText.\n\n### A detail\n\nMore.\n\n## Second question\n\nText.';
const site = (['ru', 'sv', 'en'] as const).flatMap((lang) => [file(lang, 'faq', mdx(faqBody)), ...(lang === 'en' ? [] : [file(lang, 'x', mdx('Text.'))])]);
const locales = (en: unknown = { nav: { home: 'Home' } }, sv: unknown = { nav: { home: 'Hem' } }, ru: unknown = { nav: { home: 'Главная' } }): Context['localeFiles'] => ({
  en: { path: 'src/i18n/en.json', data: en },
  sv: { path: 'src/i18n/sv.json', data: sv },
  ru: { path: 'src/i18n/ru.json', data: ru },
});
const context: Context = { localeFiles: locales(), extraPages: ['wizard/', '/search/', '//map/'], now: new Date('2026-11-25T12:00:00Z') };

/** The lines validate prints; every one but a warning is an error, which makes validate fail. */
const printed = (problems: Problem[]) => {
  assert.deepEqual(problems.map((p) => p.level), problems.map((p) => (formatProblem(p).includes(' — warning: ') ? 'warning' : 'error')));
  assert.ok(problems.every((p) => p.level === 'error' || p.what.startsWith('lastReviewed')), 'only an old review date is a warning');
  return problems.map(formatProblem);
};
/** What validate prints for the English article `x` with this source, on the small site above. */
const problemsOf = (source: string) => printed(checkContent([...site, file('en', 'x', source)], context));

const cases: { name: string; source: string; says: string[] }[] = [
  { name: 'a sound article', source: mdx('## Steps\n\nOpen [the FAQ](/en/faq/#second-question), [the wizard](/en/wizard/), [search](/en/search/) or [the map](/en/map/).'), says: [] },
  {
    name: 'a file without frontmatter',
    source: 'Just text.',
    says: ['content/en/x.mdx:1 — the file does not start with a frontmatter block between --- lines — start the file with ---, the fields (see CONTRIBUTING.md), and --- again'],
  },
  {
    name: 'a mistyped field, and nothing else about it',
    source: mdx('Text.', { sektion: 'recover' }),
    says: ['content/en/x.mdx:7 — unknown frontmatter field "sektion" — check its spelling against the fields in CONTRIBUTING.md, or remove it'],
  },
  {
    name: 'a missing title',
    source: mdx('Text.', { title: undefined }),
    says: ['content/en/x.mdx:1 — frontmatter field "title" is missing — add "title:" to the frontmatter (a plain-text title of 3–90 characters)'],
  },
  {
    name: 'a missing sources list',
    source: mdx('Text.', { sources: undefined }),
    says: ['content/en/x.mdx:1 — frontmatter field "sources" is missing — add "sources:" to the frontmatter (see the frontmatter fields in CONTRIBUTING.md)'],
  },
  {
    name: 'a title too short',
    source: mdx('Text.', { title: 'Hi' }),
    says: ['content/en/x.mdx:2 — frontmatter field "title": the title is too short — a plain-text title of 3–90 characters'],
  },
  {
    name: 'a short description',
    source: mdx('Text.', { description: 'Too short.' }),
    says: ['content/en/x.mdx:3 — frontmatter field "description": the description is shorter than 50 characters — one or two sentences of 50–160 characters'],
  },
  {
    name: 'a date that is no date',
    source: mdx('Text.', { lastReviewed: 'last spring' }),
    says: ['content/en/x.mdx:4 — frontmatter field "lastReviewed": lastReviewed must be a date written as YYYY-MM-DD — the date the facts were checked, as YYYY-MM-DD'],
  },
  {
    name: 'an unknown section',
    source: mdx('Text.', { section: 'misc' }),
    says: ['content/en/x.mdx:5 — frontmatter field "section": section must be one of: recover, account, guides — one of recover, account, guides'],
  },
  {
    name: 'an order that is not a whole number',
    source: mdx('Text.', { order: '1.5' }),
    says: [/^content\/en\/x\.mdx:7 — frontmatter field "order": .+ — a whole number$/.source],
  },
  {
    name: 'keywords that are not a list',
    source: mdx('Text.', { keywords: 'forgot password' }),
    says: [/^content\/en\/x\.mdx:7 — frontmatter field "keywords": .+ — a list such as \[forgot password, login id\]$/.source],
  },
  {
    name: 'a review more than a year old, as a warning on its line',
    source: mdx('Text.', { lastReviewed: '2025-11-01' }),
    says: ['content/en/x.mdx:4 — warning: lastReviewed is more than 12 months old; readers see a notice — check the steps against AliExpress and set lastReviewed to today'],
  },
  {
    name: 'an empty heading',
    source: mdx('## \n\nText.'),
    says: ['content/en/x.mdx:9 — empty heading — write the heading text or remove the # marks'],
  },
  {
    name: 'two empty headings, which are not duplicates of each other',
    source: mdx('## \n\n## '),
    says: ['content/en/x.mdx:9 — empty heading — write the heading text or remove the # marks', 'content/en/x.mdx:11 — empty heading — write the heading text or remove the # marks'],
  },
  {
    name: 'a # heading in the body',
    source: mdx('# Title again\n\nText.'),
    says: ['content/en/x.mdx:9 — a # heading in the body; the title is already the page heading — use ## for sections'],
  },
  {
    name: 'an article that starts with a ### heading',
    source: mdx('### Deep\n\nText.'),
    says: ['content/en/x.mdx:9 — heading level jumps from 1 to 3 — use ## here'],
  },
  {
    name: 'a heading two levels below the one before',
    source: mdx('## One\n\n### One and a half\n\n## Two\n\n#### Deep'),
    says: ['content/en/x.mdx:15 — heading level jumps from 2 to 4 — use ### here'],
  },
  {
    name: 'headings one level apart, up and down again',
    source: mdx('## One\n\n### Below\n\n#### Further\n\n## Back up'),
    says: [],
  },
  {
    name: 'a heading repeated twice more, and one that only differs in punctuation',
    source: mdx('## Reset\n\n## Other\n\n## Reset\n\n## Reset?'),
    says: [
      'content/en/x.mdx:13 — duplicate heading "Reset" (like line 9); both want the anchor #reset — make each heading in the article different',
      'content/en/x.mdx:15 — duplicate heading "Reset?" (like line 9); both want the anchor #reset — make each heading in the article different',
    ],
  },
  { name: 'mail and phone links', source: mdx('Write to [us](mailto:help@example.com) or [call](tel:+4612345).'), says: [] },
  {
    name: 'a link to another site that only mentions mailto: further on',
    source: mdx('[Share](https://example.com/?via=mailto:x)'),
    says: ['content/en/x.mdx:9 — link to another site (https://example.com/?via=mailto:x) — write the address as bold text so readers type it themselves (see Links in CONTRIBUTING.md)'],
  },
  {
    name: 'site paths with a colon or a double slash inside, which are no other site',
    source: mdx('[Old](/en/faq:old/)\n[Typo](/en//faq/)'),
    says: [
      'content/en/x.mdx:9 — link to /en/faq:old/, a page that does not exist — check the path; articles live at /en/<path>/ like /en/recover/email/',
      'content/en/x.mdx:10 — link to /en//faq/, a page that does not exist — check the path; articles live at /en/<path>/ like /en/recover/email/',
    ],
  },
  {
    name: 'links to other sites, with any scheme or none',
    source: mdx('[Shop](https://example.com/)\n[Old](HTTP://EXAMPLE.COM)\n[CDN](//cdn.example.com/x.js)'),
    says: [
      'content/en/x.mdx:9 — link to another site (https://example.com/) — write the address as bold text so readers type it themselves (see Links in CONTRIBUTING.md)',
      'content/en/x.mdx:10 — link to another site (HTTP://EXAMPLE.COM) — write the address as bold text so readers type it themselves (see Links in CONTRIBUTING.md)',
      'content/en/x.mdx:11 — link to another site (//cdn.example.com/x.js) — write the address as bold text so readers type it themselves (see Links in CONTRIBUTING.md)',
    ],
  },
  {
    name: 'an anchor in the same article that is no heading',
    source: mdx('## Steps\n\n## More steps\n\nSee [above](#steps) and [below](#nowhere).'),
    says: ['content/en/x.mdx:13 — link to #nowhere, which is not a heading of this article — use one of: #steps, #more-steps'],
  },
  {
    name: 'an anchor in an article without headings',
    source: mdx('See [below](#nowhere).'),
    says: ['content/en/x.mdx:9 — link to #nowhere, which is not a heading of this article — use one of: no headings exist'],
  },
  {
    name: 'empty links, in Markdown and in a component',
    source: mdx('See [the FAQ]() and [that](<>).\n\n<a href="">here</a>'),
    says: [
      'content/en/x.mdx:9 — empty link: it leads nowhere — write the full path of the page, e.g. /en/recover/email/',
      'content/en/x.mdx:9 — empty link: it leads nowhere — write the full path of the page, e.g. /en/recover/email/',
      'content/en/x.mdx:11 — empty link: it leads nowhere — write the full path of the page, e.g. /en/recover/email/',
    ],
  },
  {
    name: 'a relative link',
    source: mdx('See [the FAQ](faq/).'),
    says: ['content/en/x.mdx:9 — relative link "faq/" — write the full path, e.g. /en/recover/email/'],
  },
  {
    name: 'a link to another language',
    source: mdx('See [the FAQ](/sv/faq/#first-question).'),
    says: ['content/en/x.mdx:9 — link to a Swedish page (/sv/faq/#first-question) from a English article — link to /en/faq/ instead'],
  },
  {
    name: 'a link to a language the site does not have',
    source: mdx('See [the FAQ](/de/faq/).'),
    says: ['content/en/x.mdx:9 — link to /de/faq/, a page that does not exist — check the path; articles live at /en/<path>/ like /en/recover/email/'],
  },
  {
    name: 'a link to a page that does not exist',
    source: mdx('See [phone](/en/recover/telefon/).'),
    says: ['content/en/x.mdx:9 — link to /en/recover/telefon/, a page that does not exist — check the path; articles live at /en/<path>/ like /en/recover/email/'],
  },
  {
    name: 'links without the trailing slash',
    source: mdx('See [the FAQ](/en/faq) and [its second question](/en/faq#second-question).'),
    says: [
      'content/en/x.mdx:9 — link /en/faq lacks the trailing slash — write /en/faq/',
      'content/en/x.mdx:9 — link /en/faq#second-question lacks the trailing slash — write /en/faq/#second-question',
    ],
  },
  {
    name: 'an anchor another article does not have, offering its ## headings',
    source: mdx('See [the FAQ](/en/faq/#third-question).'),
    says: ['content/en/x.mdx:9 — link to /en/faq/#third-question: that page has no heading #third-question — use one of: #first-question, #second-question'],
  },
  { name: 'anchors on pages that code builds, which validate cannot see', source: mdx('See [the wizard](/en/wizard/#start) and [home](/en/).'), says: [] },
  {
    name: 'an image and a drawing without alt text',
    source: mdx('Look:\n\n<img src="/favicon.svg" />\n\n<Mockup items={[]} />'),
    says: [
      'content/en/x.mdx:11 — an image or drawing without alt text — add alt="…" saying what it shows, for readers who cannot see it',
      'content/en/x.mdx:13 — an image or drawing without alt text — add alt="…" saying what it shows, for readers who cannot see it',
    ],
  },
];

for (const { name, source, says } of cases) {
  test(`validate on ${name}: ${says.length ? says.length + ' line(s)' : 'nothing to say'}`, () => {
    const lines = problemsOf(source);
    assert.equal(lines.length, says.length, lines.join('\n'));
    says.forEach((expected, i) => (expected.startsWith('^') ? assert.match(lines[i]!, new RegExp(expected)) : assert.equal(lines[i], expected)));
  });
}

test('an article missing in one language is named with the languages it exists in', () => {
  const files = [file('ru', 'guide', mdx('Текст.')), file('en', 'guide', mdx('Text.'))];
  assert.deepEqual(printed(checkContent(files, context)), [
    'content/sv/guide.mdx:1 — the Swedish version of guide is missing (it exists in Russian and English) — write it, or add the file with translationPending: true in its frontmatter so readers are pointed to the other languages',
  ]);
});

test('an article in one language only is missing in the two others', () => {
  const lines = printed(checkContent([file('sv', 'only', mdx('Text.'))], context));
  assert.deepEqual(lines.map((l) => l.split(' — ').slice(0, 2).join(' — ')), [
    'content/ru/only.mdx:1 — the Russian version of only is missing (it exists in Swedish)',
    'content/en/only.mdx:1 — the English version of only is missing (it exists in Swedish)',
  ]);
});

test('interface strings: missing, extra and empty ones are named with their locale file', () => {
  const lines = printed(checkContent([], { ...context, localeFiles: locales({ nav: { home: 'Home', back: '' } }, { nav: { back: 'Tillbaka' }, extra: 'x' }, { nav: { home: 'Главная', back: 'Назад' } }) }));
  assert.deepEqual(lines, [
    'src/i18n/sv.json:1 — interface string "nav.home" is missing — add it, translated from src/i18n/en.json',
    'src/i18n/sv.json:1 — interface string "extra" is not in src/i18n/en.json — add it to every locale file or remove it here',
    'src/i18n/en.json:1 — interface string "nav.back" is empty — write the text',
  ]);
});

test('an error is printed without a prefix, a warning with one', () => {
  const problem = { level: 'error', file: 'content/en/x.mdx', line: 3, what: 'what is wrong', fix: 'how to fix it' } as const;
  assert.equal(formatProblem(problem), 'content/en/x.mdx:3 — what is wrong — how to fix it');
  assert.equal(formatProblem({ ...problem, level: 'warning' }), 'content/en/x.mdx:3 — warning: what is wrong — how to fix it');
});

test('a bare web address in the text, which GFM would turn into a link to another site, is an error; code, bold domains and attributes are not', () => {
  const fix = 'write the address in backticks (`https://`), or the domain alone in bold (**aliexpress.com**)';
  assert.deepEqual(problemsOf(mdx('The part after “https://” is the domain.')), [`content/en/x.mdx:9 — "https://" in the text becomes a link to another site — ${fix}`]);
  assert.deepEqual(problemsOf(mdx('Open www.aliexpress.com yourself.')), [`content/en/x.mdx:9 — "www." in the text becomes a link to another site — ${fix}`]);
  assert.deepEqual(problemsOf(mdx('Or **WWW.aliexpress.com**, or see http://aliexpress.com')), [`content/en/x.mdx:9 — "WWW." in the text becomes a link to another site — ${fix}`]);
  assert.deepEqual(problemsOf(mdx('Plain http://aliexpress.com here.')), [`content/en/x.mdx:9 — "http://" in the text becomes a link to another site — ${fix}`]);
  assert.deepEqual(problemsOf(mdx('Type `https://` and **aliexpress.com**; e-mail me@www.example is text. <Mockup url="https://aliexpress.com" alt="A page" /> [x](/en/faq/)')), []);
  assert.deepEqual(problemsOf(mdx(`<Mockup url='www.aliexpress.com' alt="A page" /> <Mockup url={"https://x"} alt="B" /> <Mockup url=https://x alt="C" /> sub.www.x a/www.x a-www.x`)), []);
});

test('a new article still marked pending is refused on the line of the marker, and an old date is not reported over it', () => {
  assert.deepEqual(problemsOf(mdx('Text.', { lastReviewed: '2020-01-01', pending: 'true' })), [
    'content/en/x.mdx:7 — a new article whose text is not written yet (pending: true) — write the title, description and text, set sources and the route map entry, then delete the pending line',
  ]);
  assert.match(problemsOf(mdx('Text.', { pending: 'false' })).join('\n'), /frontmatter field "pending"/);
});
