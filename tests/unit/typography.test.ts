import assert from 'node:assert/strict';
import { test } from 'node:test';
import { languageOfPath } from '../../src/typography/hast-typeset.ts';
import { typeset } from '../../src/typography/typeset.ts';

const NBSP = '\u00A0';

test('Russian: a dash is bound to the word before it, short words to the next, numbers to their word', () => {
  assert.equal(typeset('Нажмите кнопку — и всё', 'ru'), `Нажмите кнопку${NBSP}— и${NBSP}всё`);
  assert.equal(typeset('Подождите 10 минут', 'ru'), `Подождите 10${NBSP}минут`);
  assert.equal(typeset('в меню', 'ru'), `в${NBSP}меню`);
});

test('Russian quotation marks are «ёлочки»', () => {
  assert.equal(typeset('нажмите "Войти"', 'ru'), `нажмите «Войти»`);
});

test('Swedish keeps its spaced en dash, bound to the word before, and its ”citattecken”', () => {
  assert.equal(typeset('Vänta 10 minuter – sedan', 'sv'), `Vänta 10${NBSP}minuter${NBSP}– sedan`);
  assert.equal(typeset('ett bindestreck - blir tankstreck', 'sv'), `ett bindestreck${NBSP}– blir tankstreck`);
  assert.equal(typeset('Lösenord – ', 'sv'), `Lösenord${NBSP}– `);
  assert.equal(typeset('Lösenord –', 'sv'), `Lösenord${NBSP}–`);
  assert.equal(typeset('välj "Glömt"', 'sv'), 'välj ”Glömt”');
  assert.equal(typeset('Användar-ID:t står i profilen, den 10:e', 'sv'), 'Användar-ID:t står i\u00A0profilen, den 10:e');
});

test('English gets curly quotes and keeps numbers with their word', () => {
  assert.equal(typeset('press "Sign in" within 10 minutes', 'en'), `press “Sign in” within 10${NBSP}minutes`);
  assert.match(typeset('the code—done', 'en'), /code—done$/);
});

test('a text piece keeps its surrounding spaces, so it still joins its neighbours', () => {
  assert.equal(typeset(' — и всё ', 'ru'), `${NBSP}— и${NBSP}всё `);
  assert.equal(typeset(' ', 'sv'), ' ');
  assert.equal(typeset('', 'en'), '');
});

test('a string typeset again, as every page repeats its labels, comes out the same, each language its own', () => {
  for (let i = 0; i < 3; i++) {
    assert.equal(typeset('press "Sign in"', 'en'), 'press “Sign in”');
    assert.equal(typeset('press "Sign in"', 'ru'), 'press «Sign in»');
    assert.equal(typeset('press "Sign in"', 'sv'), 'press ”Sign in”');
  }
});

test('an article’s language comes from its path under content/', () => {
  assert.equal(languageOfPath('/work/main/content/sv/recover/email.mdx'), 'sv');
  assert.equal(languageOfPath('C:\\site\\content\\ru\\faq.mdx'), 'ru');
  assert.equal(languageOfPath('/work/main/src/pages/index.astro'), undefined);
  assert.equal(languageOfPath(undefined), undefined);
});

test('English binds only one-letter words to the next, never "the", "and", "for" or "not"', () => {
  const set = typeset('look for the chat, not for a link in an email', 'en');
  assert.equal(set, 'look for the chat, not for a\u00a0link in an email');
});
