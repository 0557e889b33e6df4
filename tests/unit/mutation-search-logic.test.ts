// The search page's own logic: the query from the address, the count sentence, excerpts and re-ranking.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import en from '../../src/i18n/en.json' with { type: 'json' };
import ru from '../../src/i18n/ru.json' with { type: 'json' };
import { countMessage, excerptFromKeywords, excerptParts, exactFromSearch, queryFromSearch, queryWords, rerank, searchForQuery, type Hit } from '../../src/islands/search/logic.ts';

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

test('excerpts keep the text and the marked words, decode entities and drop any other markup', () => {
  assert.deepEqual(excerptParts('Type <mark>your</mark> <b>new</b> <mark>password</mark> &amp; &quot;save&quot; &#39;it&#39; &lt;now&gt;'), [
    { text: 'Type ', mark: false },
    { text: 'your', mark: true },
    { text: ' new ', mark: false },
    { text: 'password', mark: true },
    { text: ' & "save" \'it\' <now>', mark: false },
  ]);
  assert.deepEqual(excerptParts('<mark>a</mark><mark>b</mark>'), [{ text: 'a', mark: true }, { text: 'b', mark: true }]);
  assert.deepEqual(excerptParts('a <mark>reset\npassword</mark> b'), [{ text: 'a ', mark: false }, { text: 'reset\npassword', mark: true }, { text: ' b', mark: false }]);
  assert.deepEqual(excerptParts('<mark><img src=x></mark>'), []);
  assert.deepEqual(excerptParts('&nbsp;'), [{ text: '&nbsp;', mark: false }]);
  assert.deepEqual(excerptParts(null), []);
});

test('a stray “<” inside a marked word stays as text and does not swallow the end of the mark', () => {
  assert.deepEqual(excerptParts('<mark>a<b</mark> c'), [{ text: 'a<b', mark: true }, { text: ' c', mark: false }]);
});

// Taken for the keyword list when at least 60% of its words are listed there.
const fromKeywords: [excerpt: string, listed: boolean][] = [
  ['forgot password reset code now', true],
  ['forgot password reset this now', true],
  ['forgot password this one now', false],
  ['Forgot PASSWORD, reset', true],
  ['', false],
];
for (const [excerpt, listed] of fromKeywords) {
  test(`the excerpt “${excerpt}” is ${listed ? '' : 'not '}taken for the keyword list`, () => {
    assert.equal(excerptFromKeywords(excerpt, 'forgot password, reset password, code not arriving'), listed);
  });
}

test('punctuation in an excerpt counts for nothing either way', () => {
  assert.equal(excerptFromKeywords('<mark>password</mark> — …', 'forgot password, reset password'), true);
});

test('without a keyword list no excerpt comes from it', () => {
  assert.equal(excerptFromKeywords('forgot password', ''), false);
});

test('query words are lower case, ё as е, without words of one or two letters', () => {
  assert.deepEqual(queryWords('Не могу ВОЙТИ в ЛК, ещё 2FA и vk'), ['могу', 'войти', 'еще', '2fa']);
  assert.deepEqual(queryWords('по в и'), []);
  assert.deepEqual(queryWords('?! …'), []);
});

const hit = (url: string, score: number, title = '', keywords = ''): Hit => ({ url, score, title, keywords });
const order = (hits: Hit[], query: string) => rerank(hits, query).map((h) => h.url);

const rankings: [name: string, hits: Hit[], query: string, urls: string[]][] = [
  ['without query words the order stays as pagefind gave it', [hit('/a/', 1), hit('/b/', 3)], 'по в', ['/a/', '/b/']],
  ['a query of punctuation keeps the order pagefind gave', [hit('/a/', 1), hit('/b/', 3)], '?! …', ['/a/', '/b/']],
  ['without any boost the higher score comes first', [hit('/a/', 1), hit('/b/', 3)], 'password', ['/b/', '/a/']],
  ['a title holding every query word lifts a hit past one scoring twice as much', [hit('/a/', 4, 'Blocked account'), hit('/b/', 2, 'Reset your password')], 'password reset', ['/b/', '/a/']],
  ['a title holding every query word does not lift a hit past one scoring three times as much', [hit('/a/', 6, 'Blocked account'), hit('/b/', 2, 'Reset your password')], 'password reset', ['/a/', '/b/']],
  ['reader keywords lift a hit as much as the title does', [hit('/a/', 4), hit('/b/', 2, '', 'forgot password, reset')], 'password reset', ['/b/', '/a/']],
  ['reader keywords holding every query word do not lift a hit past one scoring three times as much', [hit('/a/', 6), hit('/b/', 2, '', 'forgot password, reset')], 'password reset', ['/a/', '/b/']],
  ['title and keywords together lift more than either', [hit('/a/', 1.5, 'Reset password'), hit('/b/', 1, 'Reset password', 'reset password')], 'reset password', ['/b/', '/a/']],
  ['half the words in the title lift half as much', [hit('/a/', 1.5), hit('/b/', 1, 'Password rules')], 'password reset', ['/b/', '/a/']],
  ['half the words do not lift past twice the score', [hit('/a/', 1.8), hit('/b/', 1, 'Password rules')], 'password reset', ['/a/', '/b/']],
  ['a word with another ending still matches (паролем → пароль)', [hit('/a/', 2), hit('/b/', 1, 'Сброс пароля')], 'паролем', ['/b/', '/a/']],
  ['a title word with a longer ending matches the query word (пароль → паролями)', [hit('/a/', 2), hit('/b/', 1, 'С паролями')], 'пароль', ['/b/', '/a/']],
  ['a short title word matches a query word that only adds an ending (kod → koden)', [hit('/a/', 2), hit('/b/', 1, 'Ingen kod')], 'koden', ['/b/', '/a/']],
  ['a four-letter word matches only words that start with all four letters (code ≠ cold)', [hit('/a/', 2), hit('/b/', 1, 'Cold start')], 'code', ['/a/', '/b/']],
  ['words sharing only a prefix shorter than the stem do not match', [hit('/a/', 2), hit('/b/', 1, 'Passage')], 'password', ['/a/', '/b/']],
];
for (const [name, hits, query, urls] of rankings) {
  test(`re-ranking: ${name}`, () => {
    assert.deepEqual(order(hits, query), urls);
  });
}

test('re-ranking keeps every hit with its own data', () => {
  const hits = [hit('/a/', 1, 'Reset'), hit('/b/', 2, 'Other', 'x')];
  const ranked = rerank(hits, 'reset');
  assert.deepEqual([...ranked].sort((a, b) => a.url.localeCompare(b.url)), hits);
  assert.deepEqual(rerank([], 'reset'), []);
});
