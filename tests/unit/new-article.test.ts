import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { addToRouteMap, articleTemplate, sectionOf, slugProblem } from '../../scripts/lib/new-article.ts';
import { articleSchema } from '../../src/schemas/article.ts';
import { parseMdx } from '../../scripts/lib/mdx-source.ts';

const taken = new Set(['recover/email', 'faq']);
const code = ['search/', 'wizard/', 'wizard/map/'];

test('a new article path is refused when malformed, taken, in a language folder or built by code', () => {
  const cases: [string, RegExp | undefined][] = [
    ['account/two-accounts', undefined],
    ['recover/by-phone-2', undefined],
    ['tips', undefined],
    ['recover/email', /"recover\/email" already exists; pick another path, or edit content\/<lang>\/recover\/email\.mdx/],
    ['faq', /already exists/],
    ['en/recover/x', /starts with a language; give the path without it, e.g\. recover\/x/],
    ['sv/x', /starts with a language/],
    ['Account/Example', /not a path for an article: use lower-case letters, digits and single hyphens, with at most one folder/],
    ['account/two--dashes', /not a path/],
    ['account/-x', /not a path/],
    ['account/x-', /not a path/],
    ['account/a b', /not a path/],
    ['account/x/y', /not a path/],
    ['/account/x', /not a path/],
    ['account/x/', /not a path/],
    ['', /not a path/],
    ['guides/x', /"guides\/x" is in a folder articles do not use; use recover\/ or account\/, or no folder for a guide/],
    ['wizard', /"wizard" is a page the site builds itself \(\/wizard\/\)/],
    ['search', /builds itself/],
    ['map', undefined],
  ];
  for (const [slug, says] of cases) {
    const problem = slugProblem(slug, taken, code);
    if (says) assert.match(problem ?? '', says, slug);
    else assert.equal(problem, undefined, slug);
  }
});

test('the folder sets the section; an article at the top is a guide', () => {
  assert.equal(sectionOf('recover/x'), 'recover');
  assert.equal(sectionOf('account/x'), 'account');
  assert.equal(sectionOf('x'), 'guides');
});

test('each language file has complete frontmatter the schema accepts, marked pending, and the house shape', () => {
  for (const lang of ['ru', 'sv', 'en'] as const) {
    const text = articleTemplate(lang, 'account/example', ['alishop-2023', 'general-2026'], '2026-12-06');
    const parsed = parseMdx(text);
    const data = articleSchema.parse(parsed.data);
    assert.equal(data.pending, true);
    assert.equal(data.section, 'account');
    assert.deepEqual(data.sources, ['alishop-2023', 'general-2026']);
    assert.equal(data.lastReviewed.toISOString().slice(0, 10), '2026-12-06');
    assert.match(text, /<Steps>\n\n1\. .+\n2\. .+\n\n<\/Steps>/);
    assert.match(text, new RegExp(`\\(/${lang}/recover/support-chat/\\).*\\(/${lang}/recover/chat-sign-in/\\)`));
    assert.match(text, /<Mockup frame="phone" alt="[^"]+"/);
  }
  assert.match(articleTemplate('ru', 'account/example', ['x'], '2026-12-06'), /## Если не получается\n[\s\S]*## Смотрите также\n\n- \[Вопросы и ответы\]\(\/ru\/faq\/\)/);
  const guide = articleTemplate('sv', 'tips', ['x'], '2026-12-06');
  assert.match(guide, /^section: guides$/m);
  assert.doesNotMatch(guide, /Om det inte fungerar/);
  assert.match(guide, /<\/Figure>\n\n## Läs också\n/);
});

const map = `const chat = ['a', 'b'] as const;\nexport const routeMap = {\n  pages: {\n    'recover/email': { needs: [], next: [...chat] },\n  },\n  guides: ['faq', 'safety'],\n} as const;\n`;

test('the route map gets a route page for a folder article and a guide for one at the top', () => {
  const withPage = addToRouteMap(map, 'account/example');
  assert.match(withPage, /    'recover\/email': \{ needs: \[\], next: \[\.\.\.chat\] \},\n    \/\/ Written by npm run new: .*\n    'account\/example': \{ needs: \[\], next: \[\.\.\.chat\] \},\n  \},\n  guides: \['faq', 'safety'\],/);
  assert.match(addToRouteMap(map, 'tips'), /^  guides: \['faq', 'safety', 'tips'\],$/m);
  assert.equal(addToRouteMap(map, 'tips').includes("'tips': {"), false);
  assert.throws(() => addToRouteMap('export const routeMap = {};', 'tips'), /no "guides: \[\.\.\.\]," line/);
  assert.throws(() => addToRouteMap('export const routeMap = {};', 'account/x'), /where its pages end/);
});

// The whole file in each language, as an editor opens it: every placeholder is written for that language.
const expected = {
  ru: `---
title: Заголовок новой статьи
description: Одно-два предложения для поисковиков и главной страницы, от 50 до 160 знаков.
lastReviewed: 2026-12-06
section: account
keywords: []
sources: [alishop-2023]
# Written by npm run new: validate refuses the article until the text is written and this line is gone.
pending: true
---

Что делает эта страница и что для этого нужно читателю — не больше двух коротких предложений.

<Steps>

1. Первое действие.
2. Следующее действие.

</Steps>

<Figure caption="Куда нажать.">
  <Mockup frame="phone" alt="Экран, который видит читатель; нужный пункт обведён." items={[{ kind: 'heading', label: 'AliExpress' }, { kind: 'button', label: 'OK', mark: true }]} />
</Figure>

## Если не получается

Если чат поддержки даёт писать без входа, [напишите в поддержку](/ru/recover/support-chat/). Если он сначала просит войти, [вот что делать](/ru/recover/chat-sign-in/).

## Смотрите также

- [Вопросы и ответы](/ru/faq/)
`,
  sv: `---
title: Rubrik för den nya artikeln
description: En eller två meningar för sökresultat och startsidan, mellan 50 och 160 tecken.
lastReviewed: 2026-12-06
section: account
keywords: []
sources: [alishop-2023]
# Written by npm run new: validate refuses the article until the text is written and this line is gone.
pending: true
---

Vad sidan hjälper till med och vad läsaren behöver, i högst två korta meningar.

<Steps>

1. Det första att göra.
2. Nästa sak att göra.

</Steps>

<Figure caption="Här trycker du.">
  <Mockup frame="phone" alt="Skärmen som läsaren ser; det som ska tryckas på är inringat." items={[{ kind: 'heading', label: 'AliExpress' }, { kind: 'button', label: 'OK', mark: true }]} />
</Figure>

## Om det inte fungerar

Om supportchatten låter dig skriva utan att logga in, [fråga supporten](/sv/recover/support-chat/). Om den ber dig logga in först, [så gör du då](/sv/recover/chat-sign-in/).

## Läs också

- [Frågor och svar](/sv/faq/)
`,
  en: `---
title: Title of the new article
description: One or two sentences for search results and the home page, between 50 and 160 characters.
lastReviewed: 2026-12-06
section: account
keywords: []
sources: [alishop-2023]
# Written by npm run new: validate refuses the article until the text is written and this line is gone.
pending: true
---

What this page does and what the reader needs, in at most two short sentences.

<Steps>

1. The first thing to do.
2. The next thing to do.

</Steps>

<Figure caption="Where to tap.">
  <Mockup frame="phone" alt="The screen the reader sees; the item to tap is ringed." items={[{ kind: 'heading', label: 'AliExpress' }, { kind: 'button', label: 'OK', mark: true }]} />
</Figure>

## If it does not work

If the support chat lets you write without signing in, [ask support](/en/recover/support-chat/). If it asks you to sign in first, [see what to do then](/en/recover/chat-sign-in/).

## Related

- [Questions and answers](/en/faq/)
`,
};

test('the three files read as written for their language, word for word', () => {
  for (const lang of ['ru', 'sv', 'en'] as const) assert.equal(articleTemplate(lang, 'account/example', ['alishop-2023'], '2026-12-06'), expected[lang], lang);
});

test('the route map is changed only where its shape is the expected one', () => {
  const commented = `// before:  guides: ['x'],\n${map}`;
  assert.match(addToRouteMap(commented, 'tips'), /^\/\/ before:  guides: \['x'\],$/m);
  assert.match(addToRouteMap(commented, 'tips'), /^  guides: \['faq', 'safety', 'tips'\],$/m);
  assert.throws(() => addToRouteMap(map.replace("'safety'],", "'safety'], // guides"), 'tips'), /no "guides/);
  assert.throws(() => addToRouteMap(map.replace('  },\n  guides', '    },\n  guides'), 'account/x'), /where its pages end/);
});

const work = mkdtempSync(join(tmpdir(), 'new-article-'));
after(() => rmSync(work, { recursive: true, force: true }));

test('npm run new writes the three files and the route map entry; validate then refuses only the pending marker', () => {
  cpSync('content', join(work, 'content'), { recursive: true });
  cpSync('src/utils/route-map.ts', join(work, 'route-map.ts'));
  const run = (...args: string[]) => spawnSync(process.execPath, ['scripts/new-article.ts', ...args, '--content', join(work, 'content'), '--route-map', join(work, 'route-map.ts')], { encoding: 'utf8' });
  const made = run('account/example', '--sources', 'alishop-2023,general-2026');
  assert.equal(made.status, 0, made.stderr);
  for (const lang of ['ru', 'sv', 'en']) assert.ok(existsSync(join(work, 'content', lang, 'account', 'example.mdx')), lang);
  assert.match(readFileSync(join(work, 'route-map.ts'), 'utf8'), /'account\/example': \{ needs: \[\], next: \[\.\.\.chat\] \}/);
  assert.match(made.stdout, /delete the "pending: true" line, then run npm run validate/);

  const validate = spawnSync(process.execPath, ['scripts/validate.ts', '--content', join(work, 'content'), '--route-map', join(work, 'route-map.ts')], { encoding: 'utf8' });
  assert.equal(validate.status, 1);
  const errors = validate.stdout.split('\n').filter((line) => /^\S+:\d+ — /.test(line));
  assert.equal(errors.length, 3, validate.stdout);
  for (const line of errors) assert.match(line, /account\/example\.mdx:9 — a new article whose text is not written yet \(pending: true\) — write the title/);

  const again = run('account/example');
  assert.equal(again.status, 1);
  assert.match(again.stderr, /npm run new: "account\/example" already exists/);
  const bad = run('Account/Bad Name');
  assert.equal(bad.status, 1);
  assert.match(bad.stderr, /is not a path for an article/);
  const editors = run('editors');
  assert.match(editors.stderr, /a page the site builds itself/);
  const source = run('tips', '--sources', 'no-such-source');
  assert.match(source.stderr, /unknown source key\(s\) no-such-source; use keys of .*sources\.yaml: alishop-2023/);
  assert.match(run().stderr, /name the new article's path/);
  assert.equal(existsSync(join(work, 'content', 'en', 'tips.mdx')), false);
});
