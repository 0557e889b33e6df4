// Correction against the site's real words, as the build ships them: right words of each language are left alone
// (the known wrong corrections among them), while hurried readers' typos are still mended.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { parse } from 'yaml';
import { readContent } from '../../scripts/lib/content-files.ts';
import { parseMdx } from '../../scripts/lib/mdx-source.ts';
import type { Locale } from '../../src/i18n/locales.ts';
import { correctQuery, prepareVocabulary, type Vocabulary } from '../../src/islands/search/correct.ts';
import { fold, headingsOf, meaningfulShortWords, proseOf, vocabularyFrom } from '../../src/islands/search/vocabulary.ts';
import { vocabularyFile } from '../../src/islands/search/word-file.ts';
import { commonWords } from '../../src/utils/common-words.ts';

const { files } = readContent('content');

/** The vocabulary the search page of a language gets, built from the content as the build builds it. */
function siteVocabulary(lang: Locale): Vocabulary {
  const phrases = parse(readFileSync(`content/phrases/${lang}.yaml`, 'utf8')) as Record<string, string[]>;
  const articles = files
    .filter((file) => file.lang === lang)
    .map((file) => {
      const doc = parseMdx(file.source);
      const data = doc.data as { title: string; description: string; keywords?: string[] };
      return { title: data.title, description: data.description, keywords: data.keywords ?? [], body: doc.bodyLines.join('\n'), phrases: phrases[file.slug] ?? [] };
    });
  const file = vocabularyFile(articles, commonWords(lang));
  return prepareVocabulary(file.words, file.short, file.keep);
}

const vocabularies = { en: siteVocabulary('en'), ru: siteVocabulary('ru'), sv: siteVocabulary('sv') };

// Right words readers type, none of them a typo: each is left as typed, and the reader is never told it was changed.
// The first of each language are the corrections readers were once shown (вышла → вышло, knew → new, igår → går…).
const rightWords: Record<Locale, string[]> = {
  en: ['knew', 'his', 'news', 'were', 'world', 'black', 'forum', 'report', 'helped', 'tried', 'yesterday', 'status', 'wife', 'husband', 'gmail', 'locked', 'iphone14', 'june'],
  ru: ['вышла', 'статус', 'работает', 'помогите', 'звёздочек', 'мой', 'вчера', 'сменил', 'заблокировали', 'пишет', 'муж', 'жена', 'помню', 'нет', 'телефоном', 'смотреть', 'вдруг', 'взломали'],
  sv: ['epost', 'igår', 'når', 'år', 'han', 'hon', 'bra', 'folk', 'helt', 'stängt', 'funkar', 'pausat', 'mobilnumret', 'mejladressen', 'snart', 'sant', 'kolla', 'natt'],
};

for (const lang of ['en', 'ru', 'sv'] as const) {
  test(`${lang}: right words are left alone and never announced as corrected`, () => {
    const changed = rightWords[lang]
      .map((word) => [word, correctQuery(word, vocabularies[lang])] as const)
      .filter(([word, correction]) => correction.changed || correction.shown !== word.toLowerCase());
    assert.deepEqual(changed, []);
  });
}

test('the corrections readers were once shown no longer happen, even beside other words', () => {
  const cases: [Locale, string][] = [
    ['ru', 'аккаунт вышла из строя'],
    ['ru', 'статус заказа'],
    ['ru', 'фейсбук не работает'],
    ['ru', 'помогите восстановить аккаунт'],
    ['sv', 'epost lösenord'],
    ['sv', 'kontot spärrat igår'],
    ['en', 'i knew my password'],
  ];
  for (const [lang, query] of cases) {
    const correction = correctQuery(query, vocabularies[lang]);
    assert.equal(correction.changed, false, `${query} → ${correction.shown}`);
  }
});

// Hurried readers' typos, each mended into the site's word (some silently, when only the ending was off).
const typos: [Locale, string, string][] = [
  ['en', 'pasword', 'password'],
  ['en', 'acount', 'account'],
  ['en', 'odrer', 'order'],
  ['en', 'costumer', 'customer'],
  ['en', 'blokced', 'blocked'],
  ['en', 'recieved', 'received'],
  ['ru', 'востановить', 'восстановить'],
  ['ru', 'акаунт', 'аккаунт'],
  ['ru', 'заблакирован', 'заблокирован'],
  ['ru', 'мошеники', 'мошенники'],
  ['ru', 'pf,skf', 'забыла'],
  ['sv', 'losenord', 'lösenord'],
  ['sv', 'lösnord', 'lösenord'],
  ['sv', 'verifierngskod', 'verifieringskod'],
  ['sv', 'spärat', 'spärrat'],
  ['sv', 'ordernumer', 'ordernummer'],
  // Misspellings readers use so often that the articles list them as keywords are searched as typed.
  ['sv', 'lösenrd', 'lösenrd'],
  ['sv', 'kundtjänts', 'kundtjänts'],
];
for (const [lang, typed, site] of typos) {
  test(`${lang}: the typo “${typed}” is searched as “${site}”`, () => {
    assert.equal(correctQuery(typed, vocabularies[lang]).query, site);
  });
}

test('folding meets words without their accents, ё or capitals', () => {
  assert.equal(fold('Lösenord'), 'losenord');
  assert.equal(fold('ЕЩЁ'), 'еще');
  assert.equal(fold('Glömt'), 'glomt');
});

test('the vocabulary holds the prose, the most frequent words first, and no markup', () => {
  const prose = proseOf('Open <Ui approx tr="Войти">Sign in</Ui> and [reset](/en/recover/email/) {x.y} `code` reset');
  assert.doesNotMatch(prose, /approx|recover|code/);
  assert.deepEqual(vocabularyFrom([prose, 'Reset 2024 open']), ['reset', 'open']);
  assert.deepEqual(vocabularyFrom([prose], ['Sign in']), ['in', 'reset', 'sign']);
});

test('the short words worth keeping are the ones readers use in keywords', () => {
  assert.deepEqual(meaningfulShortWords(['login via vk, id', 'qr code, вк']), ['id', 'qr', 'vk', 'вк']);
});

test('headings are the ## and ### lines, without their marks', () => {
  assert.deepEqual(headingsOf('# Title\n\n## If it does not work  \n\ntext ## not\n### The code never came\n#### Deeper'), ['If it does not work', 'The code never came']);
});
