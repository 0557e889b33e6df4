import assert from 'node:assert/strict';
import { test } from 'node:test';
import { translationStatus } from '../../scripts/lib/translation-status.ts';

test('the status table shows dates, missing and pending versions, and flags the older translation', () => {
  const rows = translationStatus([
    { slug: 'faq', lang: 'en', lastReviewed: new Date('2026-11-01'), pending: false },
    { slug: 'faq', lang: 'sv', lastReviewed: new Date('2026-01-01'), pending: false },
    { slug: 'faq', lang: 'ru', lastReviewed: new Date('2026-01-01'), pending: true },
    { slug: 'safety', lang: 'en', lastReviewed: new Date('2026-05-05'), pending: false },
  ]);
  assert.deepEqual(rows[0], { slug: 'faq', cells: { ru: 'pending', sv: '2026-01-01 (older)', en: '2026-11-01' }, outdated: ['sv'] });
  assert.deepEqual(rows[1]?.cells, { ru: 'missing', sv: 'missing', en: '2026-05-05' });
});
