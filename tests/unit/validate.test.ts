import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';

const work = mkdtempSync(join(tmpdir(), 'validate-'));
after(() => rmSync(work, { recursive: true, force: true }));

/** Copies the real content and locale files, applies one mistake, and runs `validate` on the copy. */
function validateWith(mistake: (dir: string) => void): { code: number | null; out: string } {
  const dir = mkdtempSync(join(work, 'case-'));
  cpSync('content', join(dir, 'content'), { recursive: true });
  cpSync('src/i18n', join(dir, 'i18n'), { recursive: true });
  mistake(dir);
  const run = spawnSync(process.execPath, ['scripts/validate.ts', '--content', join(dir, 'content'), '--locales', join(dir, 'i18n')], { encoding: 'utf8' });
  return { code: run.status, out: run.stdout + run.stderr };
}

const edit = (dir: string, file: string, change: (text: string) => string) => {
  const path = join(dir, 'content', file);
  writeFileSync(path, change(readFileSync(path, 'utf8')));
};
const append = (text: string) => (source: string) => `${source}\n${text}\n`;

test('the landed content passes', () => {
  const { code, out } = validateWith(() => {});
  assert.equal(code, 0, out);
  assert.match(out, /0 error\(s\)/);
});

const mistakes: { name: string; file: string; apply: (dir: string) => void; says: RegExp }[] = [
  { name: 'a missing title', file: 'en/recover/email.mdx', apply: (d) => edit(d, 'en/recover/email.mdx', (s) => s.replace(/^title:.*\n/m, '')), says: /:1 — frontmatter field "title" is missing — add "title:"/ },
  { name: 'a mistyped field', file: 'sv/safety.mdx', apply: (d) => edit(d, 'sv/safety.mdx', (s) => s.replace(/^section:/m, 'sektion:')), says: /:\d+ — unknown frontmatter field "sektion"/ },
  { name: 'a short description', file: 'ru/faq.mdx', apply: (d) => edit(d, 'ru/faq.mdx', (s) => s.replace(/^description:.*$/m, 'description: Коротко.')), says: /shorter than 50 characters/ },
  { name: 'a date that is no date', file: 'en/faq.mdx', apply: (d) => edit(d, 'en/faq.mdx', (s) => s.replace(/^lastReviewed:.*$/m, 'lastReviewed: last spring')), says: /lastReviewed/ },
  { name: 'a link to a page that does not exist', file: 'sv/recover/email.mdx', apply: (d) => edit(d, 'sv/recover/email.mdx', append('Se [telefon](/sv/recover/telefon/).')), says: /link to \/sv\/recover\/telefon\/, a page that does not exist/ },
  { name: 'a link to another language', file: 'ru/recover/email.mdx', apply: (d) => edit(d, 'ru/recover/email.mdx', append('См. [faq](/en/faq/).')), says: /link to a English page \(\/en\/faq\/\) from a Russian article — link to \/ru\/faq\/ instead/ },
  { name: 'an anchor that does not exist', file: 'en/safety.mdx', apply: (d) => edit(d, 'en/safety.mdx', append('See [this](/en/faq/#no-such-question).')), says: /has no heading #no-such-question/ },
  { name: 'a link to another site', file: 'en/safety.mdx', apply: (d) => edit(d, 'en/safety.mdx', append('[Shop](https://example.com/)')), says: /link to another site/ },
  { name: 'a deleted Swedish file', file: 'sv/recover/phone.mdx', apply: (d) => unlinkSync(join(d, 'content/sv/recover/phone.mdx')), says: /the Swedish version of recover\/phone is missing/ },
  { name: 'an image without alt text', file: 'en/account/deleted.mdx', apply: (d) => edit(d, 'en/account/deleted.mdx', append('![](/favicon.svg)')), says: /without alt text/ },
  { name: 'an empty heading', file: 'sv/account/blocked.mdx', apply: (d) => edit(d, 'sv/account/blocked.mdx', append('## ')), says: /empty heading/ },
  { name: 'a duplicate heading', file: 'ru/safety.mdx', apply: (d) => edit(d, 'ru/safety.mdx', append('## Повтор\n\nТекст.\n\n## Повтор\n\nЕщё текст.')), says: /duplicate heading "Повтор"/ },
  { name: 'a skipped heading level', file: 'en/faq.mdx', apply: (d) => edit(d, 'en/faq.mdx', append('#### Deep')), says: /heading level jumps/ },
  { name: 'an unregistered label quoted as exact', file: 'sv/recover/email.mdx', apply: (d) => edit(d, 'sv/recover/email.mdx', append('Välj <Ui tr="Mitt konto">My account</Ui>.')), says: /:\d+ — the label “My account” is quoted as exact, but no source shows it — write <Ui approx>/ },
  { name: 'a term the glossary says to avoid', file: 'ru/faq.mdx', apply: (d) => edit(d, 'ru/faq.mdx', append('Найдите свой ID участника.')), says: /“ID участника…” is not this site’s word for user-id — write “ID пользователя”/ },
  { name: 'an unknown source key', file: 'en/safety.mdx', apply: (d) => edit(d, 'en/safety.mdx', (s) => s.replace(/^sources: \[/m, 'sources: [my-notes, ')), says: /unknown source “my-notes”/ },
  { name: 'a # heading in the body', file: 'en/safety.mdx', apply: (d) => edit(d, 'en/safety.mdx', append('# Another title')), says: /a # heading in the body; the title is already the page heading — use ## for sections/ },
  { name: 'a relative link', file: 'sv/faq.mdx', apply: (d) => edit(d, 'sv/faq.mdx', append('Se [e-post](recover/email/).')), says: /relative link "recover\/email\/" — write the full path/ },
  { name: 'a link without its trailing slash', file: 'ru/faq.mdx', apply: (d) => edit(d, 'ru/faq.mdx', append('См. [почта](/ru/recover/email).')), says: /link \/ru\/recover\/email lacks the trailing slash — write \/ru\/recover\/email\// },
  { name: 'a same-page anchor that does not exist', file: 'en/faq.mdx', apply: (d) => edit(d, 'en/faq.mdx', append('See [above](#no-such-heading).')), says: /link to #no-such-heading, which is not a heading of this article/ },
  { name: 'a stray .md file', file: 'en/notes.md', apply: (d) => writeFileSync(join(d, 'content/en/notes.md'), '# notes\n'), says: /a \.md file; articles are \.mdx — rename it to \.mdx/ },
  { name: 'broken frontmatter', file: 'sv/safety.mdx', apply: (d) => edit(d, 'sv/safety.mdx', (s) => s.replace(/^title: (.*)$/m, 'title: [$1')), says: /the frontmatter is not valid YAML/ },
  { name: 'a drawing without alt text', file: 'ru/recover/email.mdx', apply: (d) => edit(d, 'ru/recover/email.mdx', append('<Mockup frame="phone" items={[{ kind: "text", label: "x" }]} />')), says: /an image or drawing without alt text/ },
  { name: 'a missing sources list', file: 'sv/safety.mdx', apply: (d) => edit(d, 'sv/safety.mdx', (s) => s.replace(/^sources:.*\n/m, '')), says: /frontmatter field "sources" is missing/ },
  { name: 'reader phrases for an article that does not exist', file: 'phrases/sv.yaml', apply: (d) => edit(d, 'phrases/sv.yaml', append('recover/telefon:\n  - glömt mitt lösenord')), says: /:\d+ — “recover\/telefon” is no sv article — use an article’s path/ },
  { name: 'an empty list of reader phrases', file: 'phrases/ru.yaml', apply: (d) => edit(d, 'phrases/ru.yaml', (s) => s.replace(/^faq:\n(  - .*\n)+/m, 'faq: []\n')), says: /:\d+ — faq: the list is empty: give the article at least one phrase/ },
  { name: 'an article without reader phrases', file: 'phrases/en.yaml', apply: (d) => edit(d, 'phrases/en.yaml', (s) => s.replace(/^account\/sms-code:\n(  - .*\n)+/m, '')), says: /:1 — the article account\/sms-code has no phrases — add “account\/sms-code:”/ },
  { name: 'a missing file of reader phrases', file: 'phrases/en.yaml', apply: (d) => unlinkSync(join(d, 'content/phrases/en.yaml')), says: /:1 — the file is missing/ },
];

for (const mistake of mistakes) {
  test(`validate fails on ${mistake.name} and names the file`, () => {
    const { code, out } = validateWith(mistake.apply);
    assert.equal(code, 1, out);
    const line = out.split('\n').find((l) => l.includes(mistake.file) && mistake.says.test(l));
    assert.ok(line, `expected a line naming ${mistake.file} matching ${mistake.says}, got:\n${out}`);
    assert.match(line!, / — .+ — .+/);
  });
}

test('validate fails on an interface string missing from one locale file and names it', () => {
  const { code, out } = validateWith((d) => {
    const path = join(d, 'i18n', 'sv.json');
    const data = JSON.parse(readFileSync(path, 'utf8'));
    delete data.nav.home;
    writeFileSync(path, JSON.stringify(data));
  });
  assert.equal(code, 1);
  assert.match(out, /sv\.json:1 — interface string "nav\.home" is missing/);
});

test('validate fails when a wizard outcome loses its article or a wizard text goes missing', () => {
  const { code, out } = validateWith((d) => {
    unlinkSync(join(d, 'content/ru/account/deleted.mdx'));
    const path = join(d, 'i18n', 'en.json');
    const data = JSON.parse(readFileSync(path, 'utf8'));
    delete data.wizard.questions.device.hint;
    writeFileSync(path, JSON.stringify(data));
  });
  assert.equal(code, 1);
  assert.match(out, /wizard outcome "deleted" links to account\/deleted, which has no ru article/);
  assert.match(out, /en\.json:1 — wizard text "wizard\.questions\.device\.hint" is missing/);
});

test('the unregistered label is named with the exact line it stands on', () => {
  const { out } = validateWith((d) => edit(d, 'en/safety.mdx', append('\nChoose <Ui>Sign in / Register</Ui>.')));
  const lines = readFileSync('content/en/safety.mdx', 'utf8').split('\n').length;
  assert.match(out, new RegExp(`content/en/safety\\.mdx:${lines + 2} — the label “Sign in / Register” is quoted as exact`));
});

test('a malformed label registry is reported with its line, not a crash', () => {
  const { code, out } = validateWith((d) => writeFileSync(join(d, 'content', 'labels.yaml'), '- { label: "Login ID", lang: en, source: alishop-2023 }\n- { label: Oops, lang: de }\n'));
  assert.equal(code, 1);
  assert.match(out, /labels\.yaml:2 — /);
});

test('a locale file that is not JSON is named, not a crash', () => {
  const { code, out } = validateWith((d) => writeFileSync(join(d, 'i18n', 'ru.json'), '{ "nav": { "home": "Главная", } '));
  assert.equal(code, 1);
  assert.match(out, /ru\.json:1 — cannot be read as JSON/);
});

test('an old review date is a warning, not an error', () => {
  const { code, out } = validateWith((d) => edit(d, 'en/safety.mdx', (s) => s.replace(/^lastReviewed:.*$/m, 'lastReviewed: 2020-01-01')));
  assert.equal(code, 0, out);
  assert.match(out, /en\/safety\.mdx:\d+ — warning: lastReviewed is more than 12 months old/);
});

test('a pending translation may stand in for a missing one', () => {
  const { code, out } = validateWith((d) =>
    edit(d, 'sv/recover/phone.mdx', (s) => s.replace(/^---\n/, '---\ntranslationPending: true\n')),
  );
  assert.equal(code, 0, out);
});
