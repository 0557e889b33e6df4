import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { readProvenance } from '../../scripts/lib/provenance-files.ts';
import { checkGlossary, checkLabels, checkSourceKeys, uiLabels } from '../../scripts/lib/provenance-rules.ts';
import { readReferenceTexts, referenceSkip } from '../../scripts/lib/reference.ts';
import { labelKey } from '../../src/schemas/provenance.ts';
import type { ContentFile } from '../../scripts/lib/content-rules.ts';

const { provenance, problems } = readProvenance('content');

test('the sources, the label registry and the glossaries read without a problem', () => {
  assert.deepEqual(problems, []);
  assert.ok(provenance.labels.length >= 30);
  for (const entry of provenance.labels) assert.ok(Object.hasOwn(provenance.sources, entry.source), `${entry.label}: unknown source ${entry.source}`);
});

test('every registered label occurs word for word in the reference texts', { skip: referenceSkip() }, () => {
  const references = labelKey(readReferenceTexts().join('\n'));
  assert.deepEqual(provenance.labels.filter((entry) => !references.includes(labelKey(entry.label))).map((e) => e.label), []);
});

test('labels are read with their line and whether they are approximate', () => {
  assert.deepEqual(uiLabels('a\n<Ui>Login ID</Ui> and <Ui approx tr="Войти">Sign\nin</Ui>'), [
    { line: 2, text: 'Login ID', approx: false },
    { line: 2, text: 'Sign\nin', approx: true },
  ]);
});

const file = (source: string, lang: ContentFile['lang'] = 'en'): ContentFile => ({ path: `content/${lang}/x.mdx`, lang, slug: 'x', source });

test('an exact label must be registered; an approximate one may say anything', () => {
  const found = checkLabels([file('---\n---\n<Ui>Login ID</Ui>\n<Ui>Sign in / Register</Ui>\n<Ui approx>My profile</Ui>\n<Ui>забыли ПАРОЛЬ?</Ui>')], provenance);
  assert.deepEqual(found.map((p) => [p.line, p.what]), [[4, 'the label “Sign in / Register” is quoted as exact, but no source shows it']]);
});

test('source keys must exist', () => {
  const found = checkSourceKeys([file('---\ntitle: x\nsources: [alishop-2023, my-blog]\n---\n')], provenance);
  assert.deepEqual(found.map((p) => [p.line, p.what]), [[3, 'unknown source “my-blog”']]);
});

test('the glossary flags drifting terms in prose, never in labels, drawings, links or keywords', () => {
  const source = [
    '---',
    'keywords: [member id, login id]',
    '---',
    'Find your member ID first.',
    'The page shows <Ui>Login ID</Ui>.',
    '<Mockup alt="x" items={[{ kind: "text", label: "Member ID" }]} />',
    'See [the guide](/en/member-id-guide/).',
  ].join('\n');
  assert.deepEqual(checkGlossary([file(source)], provenance).map((p) => p.line), [4]);
  assert.equal(checkGlossary([file('Мы упразднили ID участника.', 'ru')], provenance).length, 1);
});

test('every language’s glossary names the same concepts', () => {
  const concepts = (lang: 'en' | 'ru' | 'sv') => provenance.glossaries[lang].map((e) => e.concept).sort();
  assert.deepEqual(concepts('ru'), concepts('en'));
  assert.deepEqual(concepts('sv'), concepts('en'));
  for (const concept of ['user-id', 'questionnaire', 'slider-check', 'blocked', 'abolished', 'deleted', 'support-chat']) assert.ok(concepts('en').includes(concept), concept);
});

test('CONTRIBUTING explains labels and the glossary to editors', () => {
  const guide = readFileSync('CONTRIBUTING.md', 'utf8');
  assert.match(guide, /content\/labels\.yaml/);
  assert.match(guide, /content\/glossary\//);
});
