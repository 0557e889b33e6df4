import assert from 'node:assert/strict';
import { test } from 'node:test';
import { faqFromHtml, faqJsonLd } from '../../src/utils/faq.ts';
import { layoutMockup, textWidth } from '../../src/utils/mockup.ts';

test('FAQ data takes each h2 as a question and the text up to the next h2 as its answer', () => {
  const html = '<p>Intro</p><h2 id="a">Why no code?</h2><p>Check <a href="/x/">spam</a>.</p><ul><li>Wait</li></ul><h2>Empty?</h2><h2>Last?</h2><p>Yes.</p>';
  assert.deepEqual(faqFromHtml(html), [
    { question: 'Why no code?', answer: 'Check spam. Wait' },
    { question: 'Last?', answer: 'Yes.' },
  ]);
  const data = faqJsonLd(faqFromHtml(html)) as { '@type': string; mainEntity: { name: string }[] };
  assert.equal(data['@type'], 'FAQPage');
  assert.equal(data.mainEntity[0]?.name, 'Why no code?');
});

test('a mockup stacks its items and rings the marked one', () => {
  const layout = layoutMockup('phone', [
    { kind: 'heading', label: 'Sign in' },
    { kind: 'link', label: 'Forgot password?', mark: true },
  ]);
  assert.equal(layout.items.length, 2);
  assert.ok(layout.items[1]!.y > layout.items[0]!.y + layout.items[0]!.h);
  assert.deepEqual(layout.items.map((i) => i.mark), [false, true]);
  assert.ok(layout.height > layout.items[1]!.y + layout.items[1]!.h);
});

test('a label too long for its box is squeezed to fit instead of overflowing', () => {
  const long = 'A label that is much too long to fit on a phone screen at all';
  const layout = layoutMockup('phone', [{ kind: 'button', label: long }]);
  const text = layout.items[0]!.texts[0]!;
  assert.ok(textWidth(long, text.size) > layout.items[0]!.w);
  assert.ok(text.fit !== undefined && text.fit <= layout.items[0]!.w);
});

test('tabs and the bottom bar split their label on |', () => {
  const layout = layoutMockup('phone', [{ kind: 'nav', label: 'Home | Cart | Account' }]);
  assert.deepEqual(layout.items[0]!.texts.map((t) => t.text), ['Home', 'Cart', 'Account']);
});

test('wrong mockup input gets a message an editor can act on', () => {
  assert.throws(() => layoutMockup('tablet' as 'phone', [{ kind: 'text', label: 'x' }]), /frame must be "phone" or "browser"/);
  assert.throws(() => layoutMockup('phone', []), /at least one item/);
  assert.throws(() => layoutMockup('phone', [{ kind: 'slidr' as 'slider', label: 'x' }]), /kind "slidr" is unknown/);
  assert.throws(() => layoutMockup('phone', [{ kind: 'text', label: ' ' }]), /needs a label/);
  const many = Array.from({ length: 9 }, () => ({ kind: 'text' as const, label: 'x' }));
  assert.throws(() => layoutMockup('phone', many), /9 items; keep it to 8/);
});
