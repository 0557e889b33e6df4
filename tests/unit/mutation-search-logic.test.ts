// The search page's own logic: the query from the address, the count sentence, pooling the searches for each word,
// re-ranking by situation, and the excerpt and section shown for each result.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import en from '../../src/i18n/en.json' with { type: 'json' };
import ru from '../../src/i18n/ru.json' with { type: 'json' };
import { bestSection, countMessage, excerptAt, exactFromSearch, isTrackingNumber, MAX_QUERY, poolResults, queryFromSearch, rerank, searchForQuery, SITUATION_WEIGHTS, tellingPositions, TELLING_SHARE, type Hit } from '../../src/islands/search/logic.ts';
import { prepareSpecificity, specificity } from '../../src/islands/search/situation.ts';

const addresses: [search: unknown, query: string][] = [
  ['?q=reset+password', 'reset password'],
  ['?q=%20%20code%20', 'code'],
  ['q=vk', 'vk'],
  ['?x=1', ''],
  ['', ''],
  [undefined, ''],
  [['?q=x'], ''],
  [{ q: 'code' }, ''],
  [`?q=${'a'.repeat(250)}`, 'a'.repeat(200)],
];
for (const [search, query] of addresses) {
  test(`the address part ${String(JSON.stringify(search)).slice(0, 40)} searches for “${query.slice(0, 20)}”`, () => {
    assert.equal(queryFromSearch(search), query);
  });
}

test('the address kept for a query holds it trimmed and at most 200 characters, or nothing for no query', () => {
  assert.equal(searchForQuery('  reset password '), '?q=reset+password');
  assert.equal(searchForQuery('reset', false), '?q=reset');
  assert.equal(searchForQuery('   '), '');
  assert.equal(searchForQuery('', true), '');
  assert.equal(searchForQuery('b'.repeat(300)), `?q=${'b'.repeat(200)}`);
});

test('only exact=1 asks for the query exactly as typed', () => {
  assert.equal(exactFromSearch('?q=x&exact=1'), true);
  assert.equal(exactFromSearch('?q=x&exact=true'), false);
  assert.equal(exactFromSearch('?q=x&exact=0'), false);
  assert.equal(exactFromSearch(1), false);
  assert.equal(exactFromSearch({ exact: '1' }), false);
});

// Browsers without a working URLSearchParams (or one that throws) must get an empty search, not a broken page.
function withBrokenUrlParser(run: () => void): void {
  const original = globalThis.URLSearchParams;
  globalThis.URLSearchParams = class {
    constructor() {
      throw new TypeError('no URL parser here');
    }
  } as unknown as typeof URLSearchParams;
  try {
    run();
  } finally {
    globalThis.URLSearchParams = original;
  }
}

test('when the browser cannot parse the address, the page searches for nothing instead of failing', () => {
  withBrokenUrlParser(() => assert.equal(queryFromSearch('?q=code'), ''));
});

test('when the browser cannot parse the address, the query is still corrected (exact is never assumed)', () => {
  withBrokenUrlParser(() => assert.equal(exactFromSearch('?q=x&exact=1'), false));
});

const counts: [lang: string, forms: Record<string, string | undefined>, count: number, says: string][] = [
  ['en', en.search as unknown as Record<string, string>, 1, '1 result for “code”.'],
  ['en', en.search as unknown as Record<string, string>, 3, '3 results for “code”.'],
  ['ru', ru.search as unknown as Record<string, string>, 1, '1 результат по запросу «code».'],
  ['ru', ru.search as unknown as Record<string, string>, 3, '3 результата по запросу «code».'],
  ['ru', ru.search as unknown as Record<string, string>, 5, '5 результатов по запросу «code».'],
  ['ru', ru.search as unknown as Record<string, string>, 21, '21 результат по запросу «code».'],
];
for (const [lang, forms, count, says] of counts) {
  test(`${count} hit(s) in ${lang} read “${says}”`, () => {
    const plural = Object.fromEntries(Object.entries(forms).filter(([k]) => k.startsWith('count_')).map(([k, v]) => [k.slice(6), v]));
    assert.equal(countMessage(plural, lang, count, 'code'), says);
  });
}

test('a count without its plural form falls back to the other form, and to nothing without one', () => {
  assert.equal(countMessage({ other: '{{count}} hits for {{query}}' }, 'ru', 1, 'vk'), '1 hits for vk');
  assert.equal(countMessage({}, 'en', 2, 'vk'), '');
});

test('“search instead for” keeps the query exactly as typed in the address', () => {
  assert.equal(searchForQuery('pf,skf', true), '?q=pf%2Cskf&exact=1');
  assert.equal(exactFromSearch(searchForQuery('pf,skf', true)), true);
  assert.equal(exactFromSearch(searchForQuery('pf,skf')), false);
});

test('queries are cut at 200 characters', () => {
  assert.equal(MAX_QUERY, 200);
});

test('pooling adds up each page’s scores over the words and keeps, per word, where it matched', () => {
  const pooled = poolResults([
    [{ id: 'a', score: 1, words: [3, 9] }, { id: 'b', score: 2.5, words: [1] }],
    [{ id: 'a', score: 2, words: [4] }, { id: 'c', score: 0.5, words: [] }],
  ]);
  assert.deepEqual(pooled, [
    { id: 'a', score: 3, positions: [[3, 9], [4]] },
    { id: 'b', score: 2.5, positions: [[1], []] },
    { id: 'c', score: 0.5, positions: [[], []] },
  ]);
  assert.deepEqual(poolResults([]), []);
  // Best first, whatever order the words found the pages in.
  assert.deepEqual(
    poolResults([[{ id: 'low', score: 1, words: [] }, { id: 'high', score: 5, words: [] }], [{ id: 'mid', score: 2, words: [] }, { id: 'low', score: 0.5, words: [] }]]).map((p) => [p.id, p.score]),
    [['high', 5], ['mid', 2], ['low', 1.5]],
  );
  assert.deepEqual(poolResults([[{ id: 'a', score: 1, words: [2] }]]), [{ id: 'a', score: 1, positions: [[2]] }]);
});

const table = prepareSpecificity({ pages: 10, common: { '3': 'password', '6': 'account', '9': 'my' } });
const hit = (url: string, score: number, over: Partial<Hit> = {}): Hit => ({ url, score, title: '', keywords: '', phrases: [], headings: [], ...over });
const order = (hits: Hit[], words: string[]) => rerank(hits, words, table).map((h) => h.url);

test('the situation weighs one and a half times its coverage and once a whole phrase', () => {
  assert.deepEqual(SITUATION_WEIGHTS, { coverage: 1.5, phrase: 1 });
});

const rankings: [name: string, hits: Hit[], words: string[], urls: string[]][] = [
  ['without a situation the higher score comes first', [hit('/a/', 1), hit('/b/', 3)], ['password'], ['/b/', '/a/']],
  ['without words the order stays as pagefind gave it', [hit('/a/', 1), hit('/b/', 3)], [], ['/b/', '/a/']],
  ['a title naming every word lifts a hit with a third of the best score past the best', [hit('/a/', 3), hit('/b/', 1, { title: 'Reset your password' })], ['password', 'reset'], ['/b/', '/a/']],
  ['a title naming the rare word lifts more than one naming the common word', [hit('/a/', 1, { title: 'Account' }), hit('/b/', 1, { title: 'Hacked' })], ['hacked', 'account'], ['/b/', '/a/']],
  ['a whole phrase lifts a hit past one whose fields name the same words apart', [hit('/a/', 1, { title: 'Changed', keywords: 'someone, email' }), hit('/b/', 1, { phrases: ['someone changed my email'] })], ['someone', 'changed', 'email'], ['/b/', '/a/']],
  ['a hit scoring nothing still ranks by its situation', [hit('/a/', 0), hit('/b/', 0, { title: 'password' })], ['password'], ['/b/', '/a/']],
];
for (const [name, hits, words, urls] of rankings) {
  test(`re-ranking: ${name}`, () => {
    assert.deepEqual(order(hits, words), urls);
  });
}

test('re-ranking adds the text’s share of the best score to the weighted situation', () => {
  // b: 0.5 + 1.5 × 1 = 2; a: 1 + 1.5 × (password's share) < 2; c: 1.9 of text alone would beat neither… c scores 0.95.
  const hits = [hit('/a/', 2, { keywords: 'password' }), hit('/b/', 1, { title: 'hacked password' }), hit('/c/', 1.9)];
  assert.deepEqual(order(hits, ['hacked', 'password']), ['/b/', '/a/', '/c/']);
  const share = specificity('password', table) / (specificity('password', table) + specificity('hacked', table));
  assert.ok(1 + 1.5 * 0.8 * share < 2);
});

test('re-ranking keeps every hit with its own data', () => {
  const hits = [hit('/a/', 1, { title: 'Reset' }), hit('/b/', 2, { keywords: 'x' })];
  assert.deepEqual([...rerank(hits, ['reset'], table)].sort((a, b) => a.url.localeCompare(b.url)), hits);
  assert.deepEqual(rerank([], ['reset'], table), []);
});

const text = 'one two three four five six seven eight nine ten eleven twelve';
const shown = (positions: number[], length: number, content = text) => excerptAt(content, positions, length);

test('an excerpt starts three words before the thickest run of matches, marks them, and says where the text goes on', () => {
  assert.deepEqual(shown([6, 7], 4), [
    { text: '… five six ', mark: false },
    { text: 'seven', mark: true },
    { text: ' ', mark: false },
    { text: 'eight', mark: true },
    { text: ' …', mark: false },
  ]);
  assert.deepEqual(shown([8], 5), [{ text: '… six seven eight ', mark: false }, { text: 'nine', mark: true }, { text: ' ten …', mark: false }]);
  assert.deepEqual(shown([0], 3), [{ text: 'one', mark: true }, { text: ' two three …', mark: false }]);
});

test('of several runs the one with most matches wins, the earliest of equals', () => {
  assert.deepEqual(shown([1, 9, 10], 5).filter((p) => p.mark).map((p) => p.text), ['ten', 'eleven']);
  assert.deepEqual(shown([9, 1], 5).filter((p) => p.mark).map((p) => p.text), ['two']);
  assert.deepEqual(shown([4, 9, 10], 6).filter((p) => p.mark).map((p) => p.text), ['five', 'ten']);
  // Words before the first match only as far as the last one stays in view.
  assert.deepEqual(shown([5, 7], 4).map((p) => p.text).join(''), '… five six seven eight …');
  assert.deepEqual(shown([5, 6], 4).map((p) => p.text).join(''), '… four five six seven …');
});

test('an excerpt never runs past the end, shows the start without matches, and ignores positions outside the text', () => {
  assert.deepEqual(shown([11], 4), [{ text: '… nine ten eleven ', mark: false }, { text: 'twelve', mark: true }]);
  assert.deepEqual(shown([], 3), [{ text: 'one two three …', mark: false }]);
  assert.deepEqual(shown([40], 3), [{ text: 'one two three …', mark: false }]);
  assert.deepEqual(shown([12], 4), [{ text: 'one two three four …', mark: false }]);
  // Words before the match only as far as the text's end allows.
  assert.deepEqual(shown([11], 6).map((p) => p.text).join(''), '… seven eight nine ten eleven twelve');
  assert.deepEqual(shown([1], 30, 'a b c'), [{ text: 'a ', mark: false }, { text: 'b', mark: true }, { text: ' c', mark: false }]);
  assert.deepEqual(shown([0, 1], 2, 'a b'), [{ text: 'a', mark: true }, { text: ' ', mark: false }, { text: 'b', mark: true }]);
  assert.deepEqual(shown([], 5, '  a   b  '), [{ text: 'a b', mark: false }]);
  assert.deepEqual(shown([], 5, ''), []);
});

const faq = [
  { id: 'code', text: 'Why has the code not arrived?', location: 10 },
  { id: 'hacked', text: 'What if someone got into my account?', location: 30 },
  { id: 'login', text: 'What if I forgot my login?', location: 50 },
];

test('the section shown is the heading naming the query, not the first one', () => {
  assert.equal(bestSection(faq, ['someone', 'account'], [[35], [12, 40]], table)?.id, 'hacked');
  assert.equal(bestSection(faq, ['forgot'], [[]], table)?.id, 'login');
});

test('between headings naming the query, the specific word and then the section’s text decide', () => {
  const two = [
    { id: 'a', text: 'Your account', location: 0 },
    { id: 'b', text: 'Your password', location: 20 },
  ];
  assert.equal(bestSection(two, ['account', 'password'], [[], []], table)?.id, 'b');
  const same = [
    { id: 'a', text: 'Your code', location: 0 },
    { id: 'b', text: 'The code', location: 20 },
  ];
  assert.equal(bestSection(same, ['code'], [[25]], table)?.id, 'b');
  assert.equal(bestSection(same, ['code'], [[5]], table)?.id, 'a');
  assert.equal(bestSection(same, ['code'], [[]], table)?.id, 'a');
  assert.equal(bestSection([...same].reverse(), ['code'], [[20]], table)?.id, 'b');
  assert.equal(bestSection(same, ['code'], [[19]], table)?.id, 'a');
});

test('a section’s text counts only for the matches between its heading and the next', () => {
  const three = [
    { id: 'a', text: 'Code one', location: 0 },
    { id: 'b', text: 'Code two', location: 20 },
    { id: 'c', text: 'Code three', location: 40 },
  ];
  // Matches in b and c: either of them, the first; not a, whose section holds none.
  assert.equal(bestSection(three, ['code'], [[25, 45]], table)?.id, 'b');
  // A rarer heading word does not make up for a match that lies before its section.
  const rare = prepareSpecificity({ pages: 10, common: { '9': 'the' } });
  const two = [
    { id: 'b', text: 'Code', location: 20 },
    { id: 'c', text: 'The code', location: 40 },
  ];
  assert.equal(bestSection(two, ['code', 'the'], [[25], []], rare)?.id, 'b');
});

test('no section is shown when no heading names the query, whatever its text holds', () => {
  assert.equal(bestSection(faq, ['password'], [[12, 31, 55]], table), undefined);
  assert.equal(bestSection([], ['code'], [[1]], table), undefined);
  assert.equal(bestSection(faq, [], [], table), undefined);
});

test('searched words are lower-cased and split like the headings, and a word without positions counts in headings only', () => {
  assert.equal(bestSection(faq, ['SOMEONE Account'], [], table)?.id, 'hacked');
});

test('a query that is a parcel tracking number is told apart from words and from order numbers', () => {
  for (const query of ['RB123456785CN', 'rb 123 456 785 cn', 'LP00612345678901', 'YT2412345678901234', 'CNFR9010481599571HD', '9400 1118 9922 3197 4284 90', '1Z999AA10123456784']) assert.equal(isTrackingNumber(query), true, query);
  for (const query of ['', 'password', '8136901368135697', 'LP0061234567890', 'YT241234567890123', 'RB123456785', 'xRB123456785CN', 'RB123456785CNx', '9100111899223197428490', '1Z999AA1012345678']) assert.equal(isTrackingNumber(query), false, query);
});

// Ten pages: "det" and "att" on nine, "konto" on seven, "länk" on six, "bluff" on one (specificities 0.15, 0.38, 0.53, 1.99).
const common = prepareSpecificity({ pages: 10, common: { '9': 'det att', '7': 'konto', '6': 'länk', '1': 'bluff' } });

test('an excerpt leaves out the matches of words nearly every page holds', () => {
  assert.deepEqual(tellingPositions(['det', 'bluff'], [[2, 5], [7]], common), [7]);
  assert.deepEqual(tellingPositions(['bluff', 'att', 'det'], [[30], [31], [1]], common), [30]);
});

test('a word stays in the excerpt down to a quarter of the most specific word’s weight, and not below', () => {
  assert.equal(TELLING_SHARE, 0.25);
  assert.ok(specificity('länk', common) >= TELLING_SHARE * specificity('bluff', common));
  assert.ok(specificity('konto', common) < TELLING_SHARE * specificity('bluff', common));
  assert.deepEqual(tellingPositions(['bluff', 'länk', 'konto'], [[9], [4, 12], [3]], common), [9, 4, 12]);
  // The words are weighed as words: punctuation and capitals do not make a common word rare.
  assert.deepEqual(tellingPositions(['Bluff?', 'Det,'], [[9], [3]], common), [9]);
  // Words of one or two letters weigh nothing, as the search leaves them out: "om" is not a rare word.
  assert.deepEqual(tellingPositions(['om', 'bluff', 'со'], [[1], [9], [2]], common), [9]);
  assert.deepEqual(tellingPositions(['om', 'att'], [[1], [4]], common), [4]);
});

test('the language’s little words weigh nothing, however rare the site’s headings make them look', () => {
  const little = new Set(['через', 'что']);
  assert.deepEqual(tellingPositions(['через', 'bluff'], [[1, 4], [9]], common, little), [9]);
  assert.deepEqual(tellingPositions(['что', 'через'], [[2], [3]], common, little), [2, 3]);
  // Without the list, a word the headings never name counts as rare.
  assert.deepEqual(tellingPositions(['через', 'bluff'], [[1], [9]], common), [1, 9]);
});

test('a query of common words only, or with nothing weighable, shows all its matches', () => {
  assert.deepEqual(tellingPositions(['det', 'att'], [[2], [8, 1]], common), [2, 8, 1]);
  assert.deepEqual(tellingPositions(['?'], [[4]], common), [4]);
  assert.deepEqual(tellingPositions([], [[6]], common), [6]);
  // Matches without a searched word to weigh (the whole query searched as one) weigh nothing beside those that have one.
  assert.deepEqual(tellingPositions(['det'], [[1], [5]], common), [1]);
  assert.deepEqual(tellingPositions(['bluff', 'det'], [[], [3]], common), [3]);
  assert.deepEqual(tellingPositions(['det', 'bluff'], [[5], [2]], prepareSpecificity({})), [5, 2]);
});
