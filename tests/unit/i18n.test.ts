import assert from 'node:assert/strict';
import { test } from 'node:test';
import en from '../../src/i18n/en.json' with { type: 'json' };
import ru from '../../src/i18n/ru.json' with { type: 'json' };
import sv from '../../src/i18n/sv.json' with { type: 'json' };
import { compareKeys, emptyKeys, keyPaths } from '../../src/i18n/parity.ts';
import { useTranslations } from '../../src/i18n/index.ts';
import { isLocale, localeFromPath } from '../../src/i18n/locales.ts';

test('the Russian and Swedish locale files have exactly the keys of the English one', () => {
  for (const [name, other] of [['ru', ru], ['sv', sv]] as const) {
    assert.deepEqual(compareKeys(en, other), { missing: [], extra: [] }, `${name}.json differs from en.json`);
  }
});

test('no locale string is empty', () => {
  for (const file of [en, ru, sv]) assert.deepEqual(emptyKeys(file), []);
});

test('key comparison names a missing and an extra key', () => {
  assert.deepEqual(compareKeys({ a: { b: 'x', c: 'y' } }, { a: { b: 'x' }, d: 'z' }), { missing: ['a.c'], extra: ['d'] });
  assert.deepEqual(keyPaths({ a: { b: 'x' } }), ['a.b']);
  assert.deepEqual(compareKeys({ n_one: 'a', n_other: 'b' }, { n_one: 'a', n_few: 'b', n_many: 'c' }), { missing: [], extra: [] });
});

test('the one i18next instance translates each language and interpolates', () => {
  assert.equal(useTranslations('sv')('nav.home'), 'Start');
  assert.equal(useTranslations('ru')('nav.home'), 'Главная');
  assert.match(useTranslations('en')('article.stale', { date: '1 May 2020' }), /^Last\schecked\son\s1\sMay\s2020\./);
});

test('a string asked for again, with or without options, is the same as the first time', () => {
  const t = useTranslations('en');
  assert.equal(useTranslations('en'), t);
  for (let i = 0; i < 2; i++) {
    assert.equal(t('nav.home'), 'Home');
    assert.match(t('article.stale', { date: '1 May 2020' }), /1\sMay\s2020/);
    assert.match(t('article.stale', { date: '2 June 2021' }), /2\sJune\s2021/);
  }
});

test('languages are recognised only by their exact code', () => {
  assert.equal(isLocale('sv'), true);
  assert.equal(isLocale('SV'), false);
  assert.equal(isLocale('de'), false);
  assert.equal(localeFromPath('/ru/recover/email/'), 'ru');
  assert.equal(localeFromPath('/'), undefined);
  assert.equal(localeFromPath('/de/x/'), undefined);
});
