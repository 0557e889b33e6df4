// The route checks called directly, each mistake with the exact line an editor reads from `npm run validate`.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatProblem, type ContentFile } from '../../scripts/lib/content-rules.ts';
import { checkRoutes, fallbackLinkProblems, routeMapProblems, walkFrom, wizardRouteProblems } from '../../scripts/lib/route-rules.ts';
import type { WizardTree } from '../../src/islands/wizard/tree.ts';
import { smallRouteMap } from '../fixtures/small-route-map.ts';
import type { RouteMap } from '../../src/utils/route-map.ts';

const map = smallRouteMap;
const mdx = (lang: ContentFile['lang'], slug: string, body: string): ContentFile => ({ path: `content/${lang}/${slug}.mdx`, lang, slug, source: `---\ntitle: T\n---\n\n${body}\n` });
const lines = (files: ContentFile[], routes: RouteMap = map) => fallbackLinkProblems(files, routes).map(formatProblem);
const all = (lang: ContentFile['lang'], except: string) => ['email', 'phone', 'chat', 'last', 'faq'].filter((s) => s !== except).map((s) => mdx(lang, s, s === 'last' || s === 'faq' ? 'Text.' : `## ${lang === 'en' ? 'If it does not work' : lang === 'ru' ? 'Если не получается' : 'Om det inte fungerar'}\n\n${map.pages[s]!.next.map((n) => `- [x](/${lang}/${n}/)`).join('\n')}`));

test('a sound small site has no problem in any language', () => {
  for (const lang of ['en', 'ru', 'sv'] as const) assert.deepEqual(lines([...all(lang, ''), mdx(lang, 'stray', 'x')].filter((f) => f.slug !== 'stray')), [], lang);
});

test('every fallback-link mistake reads as one exact line with its fix', () => {
  const body = [
    'Intro [phone](/en/phone/) above the section does not count.',
    '',
    '## If it does not work',
    '',
    '- [chat](/en/chat/#top)',
    '- [faq](/en/faq/)',
    '- [self](/en/email/)',
    '- [other language](/sv/phone/)',
    '',
    '## Related',
    '',
    '- [phone](/en/phone/) below the section does not count.',
  ].join('\n');
  assert.deepEqual(lines([mdx('en', 'email', body), ...all('en', 'email')]), [
    'content/en/email.mdx:10 — "If it does not work" links to faq, which the route map does not list after email — link only phone, chat, or change src/utils/route-map.ts',
    'content/en/email.mdx:7 — "If it does not work" never links to phone, which the route map lists after email — add a link to /en/phone/ saying when to take it',
  ]);
});

test('order, a final page, a missing section, a page outside the map and a map entry without a page', () => {
  const order = mdx('sv', 'email', '## Om det inte fungerar\n\n- [chatt](/sv/chat/)\n- [telefon](/sv/phone/)');
  assert.deepEqual(lines([order, ...all('sv', 'email')]), [
    'content/sv/email.mdx:5 — "Om det inte fungerar" links in the order chat, phone — follow the route map\'s order: phone, chat',
  ]);
  const final = mdx('ru', 'last', '## Если не получается\n\n- [чат](/ru/chat/)');
  assert.deepEqual(lines([final, ...all('ru', 'last')]), [
    'content/ru/last.mdx:7 — "Если не получается" links to chat, which the route map does not list after last — link only no article (this page is final), or change src/utils/route-map.ts',
  ]);
  assert.deepEqual(lines([mdx('en', 'phone', '## Something else'), ...all('en', 'phone')]), [
    'content/en/phone.mdx:1 — no "## If it does not work" section — add it, linking in this order: /en/chat/',
  ]);
  assert.deepEqual(lines([...all('en', ''), mdx('en', 'stray', 'x')]), [
    'content/en/stray.mdx:1 — stray has no place in the route map — add it to src/utils/route-map.ts: what it needs and where it leads, or list it among the guides',
  ]);
  assert.deepEqual(lines(all('en', 'phone')), [
    'src/utils/route-map.ts:1 — the route map lists phone, which has no article — write content/<lang>/phone.mdx in ru, sv, en, or remove it from the map',
  ]);
  // A final page may leave the section out; a ### heading of that name is no section.
  assert.deepEqual(lines([mdx('en', 'chat', '### If it does not work\n\n## If it does not work\n\n- [last](/en/last/)'), ...all('en', 'chat')]), []);
});

test('a Related link back to a page that falls back here is one exact line', () => {
  const chat = mdx('ru', 'chat', '## Если не получается\n\n- [x](/ru/last/)\n\n## Смотрите также\n\n- [почта](/ru/email/)\n- [FAQ](/ru/faq/)');
  assert.deepEqual(lines([chat, ...all('ru', 'chat')]), [
    'content/ru/chat.mdx:11 — "Смотрите также" links back to email, whose fallbacks send readers here — leave it out: a reader who came from there has already tried it',
  ]);
});

test('walks name what they hit: an unknown page, a dead end with its next pages, a loop', () => {
  assert.deepEqual(walkFrom(map, 'nowhere', []), { ok: false, pages: ['nowhere'], why: '"nowhere" is not in the route map' });
  const broken: RouteMap = { pages: { a: { needs: [], next: ['ghost'] }, b: { needs: [], next: [] } }, guides: [] };
  assert.deepEqual(walkFrom(broken, 'a', []), { ok: false, pages: ['a', 'ghost'], why: '"ghost" is not in the route map' });
  assert.deepEqual(walkFrom(broken, 'b', ['inbox', 'card']), { ok: false, pages: ['b'], why: 'dead end at "b": none of its next pages (none) works for a reader without inbox, card' });
  const dead: RouteMap = { pages: { a: { needs: [], next: ['b', 'c'] }, b: { needs: ['order'], next: [] }, c: { needs: ['card'], next: [] } }, guides: [] };
  assert.deepEqual(walkFrom(dead, 'a', ['order', 'card']), { ok: false, pages: ['a'], why: 'dead end at "a": none of its next pages (b, c) works for a reader without order, card' });
  const loop: RouteMap = { pages: { a: { needs: [], next: ['b'] }, b: { needs: [], next: ['a'] } }, guides: [] };
  assert.deepEqual(walkFrom(loop, 'a', []), { ok: false, pages: ['a', 'b', 'a'], why: 'loop: a reader who has everything is sent back to "a"' });
  assert.deepEqual(routeMapProblems(loop), ['loop: a reader who has everything is sent back to "a" (a → b → a)', 'loop: a reader who has everything is sent back to "b" (b → a → b)']);
});

const tree = (nodes: WizardTree['nodes']): WizardTree => ({ start: 'q', nodes });
const question = (...answers: [id: string, next: string, lacks?: ('inbox' | 'phone' | 'chat')[]][]) => ({ kind: 'question' as const, answers: answers.map(([id, next, lacks]) => ({ id, next, ...(lacks ? { lacks } : {}) })) });
const outcome = (article: string, fallback?: string) => ({ kind: 'outcome' as const, article, ...(fallback ? { fallback } : {}) });

test('every wizard mistake reads as one exact sentence', () => {
  assert.deepEqual(wizardRouteProblems(tree({ q: question(['a', 'x'], ['b', 'y']), x: outcome('faq'), y: outcome('elsewhere') }), map), [
    'outcome "y" opens elsewhere, which is not in the route map',
    'after q=b, the fallbacks stop at elsewhere, which is no final answer (y)',
  ]);
  assert.deepEqual(wizardRouteProblems(tree({ q: question(['a', 'x', ['inbox', 'phone']], ['b', 'z']), x: outcome('email', 'y'), y: outcome('phone', 'z'), z: outcome('chat') }), map), [
    'after q=a, the wizard sends the reader to email, which needs inbox that they said they lack (x → y → z)',
    'after q=a, the fallbacks send the reader to phone, which needs phone that they said they lack (x → y → z)',
  ]);
  assert.deepEqual(wizardRouteProblems(tree({ q: question(['a', 'x'], ['b', 'z', ['chat']]), x: outcome('chat', 'y'), y: outcome('last', 'w'), w: outcome('chat'), z: outcome('chat') }), map), [
    'outcome "y" falls back to "w" (chat), which the route map does not list after last',
    'after q=a, the fallbacks return to chat (x → y → w)',
    'after q=b, the fallbacks stop at chat, which is no final answer (z)',
  ]);
});

test('a wizard whose tree loops is left to the tree\'s own checks, and a looping fallback chain is skipped', () => {
  assert.deepEqual(wizardRouteProblems(tree({ q: question(['a', 'r'], ['b', 'x']), r: question(['a', 'q'], ['b', 'x']), x: outcome('last') }), map), []);
  assert.deepEqual(wizardRouteProblems(tree({ q: question(['a', 'x'], ['b', 'y']), x: outcome('chat', 'y'), y: outcome('last', 'x') }), map), [
    'outcome "y" falls back to "x" (chat), which the route map does not list after last',
  ]);
});

test('checkRoutes names the file of each kind of problem and a fix', () => {
  const loop: RouteMap = { pages: { a: { needs: [], next: ['b'] }, b: { needs: [], next: ['a'] } }, guides: [] };
  const problems = checkRoutes([], loop, tree({ q: question(['a', 'x'], ['b', 'x']), x: outcome('c') })).map(formatProblem);
  assert.deepEqual(problems, [
    'src/utils/route-map.ts:1 — routes: loop: a reader who has everything is sent back to "a" (a → b → a) — change the route map (needs, next, endsWith) so every reader reaches a final answer without going back',
    'src/utils/route-map.ts:1 — routes: loop: a reader who has everything is sent back to "b" (b → a → b) — change the route map (needs, next, endsWith) so every reader reaches a final answer without going back',
    'src/islands/wizard/tree.ts:1 — wizard routes: outcome "x" opens c, which is not in the route map — point the fallback at a page src/utils/route-map.ts lists after that article, needing nothing the reader lacks',
    'src/islands/wizard/tree.ts:1 — wizard routes: after q=a, the fallbacks stop at c, which is no final answer (x) — point the fallback at a page src/utils/route-map.ts lists after that article, needing nothing the reader lacks',
    'src/islands/wizard/tree.ts:1 — wizard routes: after q=b, the fallbacks stop at c, which is no final answer (x) — point the fallback at a page src/utils/route-map.ts lists after that article, needing nothing the reader lacks',
    'src/utils/route-map.ts:1 — the route map lists a, which has no article — write content/<lang>/a.mdx in ru, sv, en, or remove it from the map',
    'src/utils/route-map.ts:1 — the route map lists b, which has no article — write content/<lang>/b.mdx in ru, sv, en, or remove it from the map',
  ]);
});

test('a route that fails for several readers is named for the one who lacks the least', () => {
  // Blocked for a reader without inbox, and for one without both password and address: the walk names the first.
  const either: RouteMap = {
    pages: { a: { needs: [], next: ['b', 'c'] }, b: { needs: ['password', 'inbox'], next: [], endsWith: [] }, c: { needs: ['address', 'inbox'], next: [], endsWith: [] } },
    guides: [],
  };
  assert.deepEqual(routeMapProblems(either), ['dead end at "a": none of its next pages (b, c) works for a reader without inbox (a)']);
});

test('every problem of the link checks is an error, and sections end where the next ## begins', () => {
  // A link inside a heading line belongs to neither section (the heading text stays "Related").
  const body = '## If it does not work <a href="/en/faq/"></a>\n\n- [phone](/en/phone/)\n- [chat](/en/chat/)\n\n## Related <a href="/en/faq/"></a>\n\n- [faq](/en/faq/)';
  assert.deepEqual(lines([mdx('en', 'email', body), ...all('en', 'email')]), []);
  const problems = fallbackLinkProblems([mdx('en', 'email', '## Something else'), mdx('en', 'chat', '## If it does not work\n\n- [x](/en/last/)\n\n## Related\n\n- [back](/en/email/)')], map);
  assert.ok(problems.length >= 3);
  assert.ok(problems.every((p) => p.level === 'error'));
  assert.ok(problems.some((p) => p.what === 'no "## If it does not work" section' && p.fix === 'add it, linking in this order: /en/phone/, /en/chat/'));
  assert.ok(checkRoutes([], { pages: { a: { needs: [], next: ['a'] } }, guides: [] }, tree({ q: question(['a', 'x'], ['b', 'x']), x: outcome('zz') })).every((p) => p.level === 'error'));
});

test('wizard messages list every step, need and page of a chain', () => {
  const t = tree({
    q: question(['a', 'r', ['inbox']], ['b', 'x']),
    r: question(['c', 'y', ['phone']], ['d', 'x']),
    x: outcome('last'),
    y: outcome('email', 'z'),
    z: outcome('phone'),
  });
  const problems = wizardRouteProblems(t, { ...map, pages: { ...map.pages, email: { needs: ['inbox', 'phone'], next: ['phone', 'chat'] } } });
  assert.deepEqual(problems, [
    'after q=a, r=c, the wizard sends the reader to email, which needs inbox, phone that they said they lack (y → z)',
    'after q=a, r=c, the fallbacks send the reader to phone, which needs phone that they said they lack (y → z)',
    'after q=a, r=c, the fallbacks stop at phone, which is no final answer (y → z)',
  ]);
});

test('a fallback to a question or to a missing node is named by its id, and tree loops leave earlier findings standing', () => {
  assert.deepEqual(wizardRouteProblems(tree({ q: question(['a', 'x'], ['b', 'x']), x: outcome('email', 'q') }), map), [
    'outcome "x" falls back to "q" (q), which the route map does not list after email',
    'after q=a, the fallbacks stop at q, which is no final answer (x → q)',
    'after q=b, the fallbacks stop at q, which is no final answer (x → q)',
  ]);
  assert.deepEqual(wizardRouteProblems(tree({ q: question(['a', 'x'], ['b', 'x']), x: outcome('email', 'ghost') }), map), [
    'outcome "x" falls back to "ghost" (ghost), which the route map does not list after email',
    'after q=a, the fallbacks stop at ghost, which is no final answer (x → ghost)',
    'after q=b, the fallbacks stop at ghost, which is no final answer (x → ghost)',
  ]);
  assert.deepEqual(wizardRouteProblems(tree({ q: question(['a', 'r'], ['b', 'x']), r: question(['a', 'q'], ['b', 'x']), x: outcome('nowhere') }), map), [
    'outcome "x" opens nowhere, which is not in the route map',
  ]);
});
