// The route map's checks in `npm run validate`: the real map and wizard pass; an injected loop, dead
// end, wrong fallback or fallback link is named, with the reader and the pages it concerns.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ContentFile } from '../../scripts/lib/content-rules.ts';
import { checkRoutes, fallbackLinkProblems, lackCombinations, routeMapProblems, walkFrom, wizardRouteProblems } from '../../scripts/lib/route-rules.ts';
import { wizardTree, type WizardTree } from '../../src/islands/wizard/tree.ts';
import { routeMap, type RouteMap } from '../../src/utils/route-map.ts';
import { smallRouteMap } from '../fixtures/small-route-map.ts';

const small = smallRouteMap;

test('the real route map, its articles and the wizard have no route problem', () => {
  assert.deepEqual(routeMapProblems(routeMap), []);
  assert.deepEqual(wizardRouteProblems(wizardTree, routeMap), []);
});

test('every combination of lacks is walked: 2^n sets, each once', () => {
  const sets = lackCombinations(['inbox', 'phone', 'chat']);
  assert.equal(sets.length, 8);
  assert.equal(new Set(sets.map((s) => [...s].sort().join())).size, 8);
});

test('a walk takes the first next page whose needs the reader meets and ends at a final answer', () => {
  assert.deepEqual(walkFrom(small, 'email', []), { ok: true, pages: ['email', 'phone', 'chat'] });
  assert.deepEqual(walkFrom(small, 'email', ['phone']), { ok: true, pages: ['email', 'chat'] });
  assert.deepEqual(walkFrom(small, 'email', ['phone', 'chat']), { ok: true, pages: ['email', 'chat', 'last'] });
});

test('an injected loop is named with the reader it catches and the pages it goes round', () => {
  const loop: RouteMap = { ...small, pages: { ...small.pages, phone: { needs: ['phone'], next: ['email', 'chat'] } } };
  const problems = routeMapProblems(loop);
  assert.ok(problems.some((p) => p.includes('loop') && p.includes('"email"') && p.includes('email → phone → email')), problems.join('\n'));
  assert.ok(problems.some((p) => p.includes('a reader who has everything')), 'the reader who lacks nothing loops too');
});

test('an injected dead end is named with the page and what the reader lacks', () => {
  const dead: RouteMap = { ...small, pages: { ...small.pages, phone: { needs: ['phone'], next: ['email'] }, email: { needs: ['inbox'], next: ['phone'] } } };
  const deadEnd: RouteMap = { ...small, pages: { ...small.pages, chat: { needs: ['chat'], next: [], endsWith: ['chat'] } } };
  assert.ok(routeMapProblems(dead).some((p) => p.startsWith('loop')));
  const problems = routeMapProblems(deadEnd);
  assert.ok(problems.some((p) => p.includes('dead end at "chat"') && p.includes('without chat')), problems.join('\n'));
});

test('a fallback to a guide, to an unknown page or to itself is named', () => {
  const bad: RouteMap = { ...small, pages: { ...small.pages, email: { needs: [], next: ['faq', 'nowhere', 'email'] } } };
  assert.deepEqual(routeMapProblems(bad), [
    '"email" falls back to the guide "faq", which is no route',
    '"email" falls back to "nowhere", which is not in the route map',
    '"email" falls back to itself',
  ]);
});

const article = (slug: string, body: string, lang: ContentFile['lang'] = 'en'): ContentFile => ({
  path: `content/${lang}/${slug}.mdx`,
  lang,
  slug,
  source: `---\ntitle: T\n---\n\nIntro.\n\n${body}\n`,
});

test('fallback links must be the map\'s next pages, all of them, in order, and nothing else', () => {
  const ok = article('email', '## If it does not work\n\n- [phone](/en/phone/)\n- [chat](/en/chat/#top)\n\n## Related\n\n- [faq](/en/faq/)');
  assert.deepEqual(fallbackLinkProblems([ok], { ...small, pages: { email: small.pages.email!, phone: small.pages.phone!, chat: small.pages.chat! } }).filter((p) => p.file !== 'src/utils/route-map.ts'), []);

  const wrong = article('email', '## If it does not work\n\n- [chat](/en/chat/)\n- [phone](/en/phone/)\n- [faq](/en/faq/)');
  const problems = fallbackLinkProblems([wrong], small).filter((p) => p.file === 'content/en/email.mdx').map((p) => p.what);
  assert.deepEqual(problems, [
    '"If it does not work" links to faq, which the route map does not list after email',
    '"If it does not work" links in the order chat, phone',
  ]);
  const missing = fallbackLinkProblems([article('email', '## If it does not work\n\n- [phone](/en/phone/)')], small).map((p) => p.what);
  assert.ok(missing.includes('"If it does not work" never links to chat, which the route map lists after email'));
});

test('the fallback section is found by its heading in each language; an article with no place in the map is named', () => {
  const ru = article('email', '## Если не получается\n\n- [чат](/ru/chat/)', 'ru');
  assert.ok(fallbackLinkProblems([ru], small).some((p) => p.what.includes('never links to phone')));
  const none = article('email', '## Something else\n\n- [chat](/en/chat/)');
  assert.ok(fallbackLinkProblems([none], small).some((p) => p.what === 'no "## If it does not work" section'));
  assert.ok(fallbackLinkProblems([article('stray', 'Text.')], small).some((p) => p.what === 'stray has no place in the route map'));
  assert.ok(fallbackLinkProblems([], small).some((p) => p.what === 'the route map lists email, which has no article'));
});

test('the wizard: a fallback the map does not list, and a chain that needs what the answers ruled out, are named', () => {
  const tree: WizardTree = {
    start: 'q',
    nodes: {
      q: { kind: 'question', answers: [{ id: 'no-inbox', next: 'mail', lacks: ['inbox'] }, { id: 'other', next: 'tel' }] },
      mail: { kind: 'outcome', article: 'email', fallback: 'help' },
      tel: { kind: 'outcome', article: 'phone', fallback: 'mail' },
      help: { kind: 'outcome', article: 'chat' },
    },
  };
  const problems = wizardRouteProblems(tree, small);
  assert.ok(problems.includes('outcome "tel" falls back to "mail" (email), which the route map does not list after phone'), problems.join('\n'));
  assert.ok(problems.some((p) => p.startsWith('after q=no-inbox, the wizard sends the reader to email, which needs inbox')), problems.join('\n'));
  assert.equal(problems.some((p) => p.includes('stops at chat')), false, 'a reader who may still have the chat ends there');
  const noChat: WizardTree = { ...tree, nodes: { ...tree.nodes, q: { kind: 'question', answers: [{ id: 'a', next: 'help', lacks: ['chat'] }, { id: 'b', next: 'tel' }] } } };
  assert.ok(wizardRouteProblems(noChat, small).some((p) => p === 'after q=a, the fallbacks stop at chat, which is no final answer (help)'));
});

test('the old wizard bug comes back as a named problem: a phone sign-up sent to the lost-inbox page', () => {
  const nodes = { ...wizardTree.nodes, 'no-email': { kind: 'outcome', article: 'recover/no-email', fallback: 'lost-inbox' } } as WizardTree['nodes'];
  const problems = wizardRouteProblems({ start: wizardTree.start, nodes }, routeMap);
  assert.ok(problems.some((p) => p.includes('recover/lost-inbox, which needs address')), problems.join('\n'));
});

test('checkRoutes reports as validate does: file, line and a fix', () => {
  const problems = checkRoutes([], { ...small, pages: { ...small.pages, phone: { needs: ['phone'], next: ['email', 'chat'] } } }, { start: 'q', nodes: {} });
  const loop = problems.find((p) => p.what.startsWith('routes: loop'));
  assert.equal(loop?.file, 'src/utils/route-map.ts');
  assert.match(loop!.fix, /route map/);
});

test('"Related" may not send a reader back to a page whose fallbacks lead here', () => {
  const chat = article('chat', '## If it does not work\n\n- [last](/en/last/)\n\n## Related\n\n- [phone](/en/phone/)\n- [faq](/en/faq/)');
  const problems = fallbackLinkProblems([chat], small).filter((p) => p.file === 'content/en/chat.mdx').map((p) => p.what);
  assert.deepEqual(problems, ['"Related" links back to phone, whose fallbacks send readers here']);
  const sv = article('chat', '## Läs också\n\n- [mejl](/sv/email/)', 'sv');
  assert.ok(fallbackLinkProblems([sv], small).some((p) => p.what === '"Läs också" links back to email, whose fallbacks send readers here'));
});
