import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { sameStem, specificity, type Specificity } from '../../src/islands/search/situation.ts';

test('specificity grouped by first letters answers exactly as a walk over the whole table would', () => {
  const word = fc.stringMatching(/^[abcё]{1,7}$/);
  fc.assert(
    fc.property(fc.array(fc.tuple(word, fc.integer({ min: 2, max: 30 })), { maxLength: 30 }), fc.array(word, { maxLength: 10 }), (listed, asked) => {
      const table: Specificity = { pages: 40, counts: new Map(listed) };
      for (const w of asked) {
        let count = 1;
        for (const [other, n] of table.counts) if (sameStem(w, other)) count = Math.max(count, n);
        const walked = Math.log(1 + (table.pages - count + 0.5) / (count + 0.5));
        assert.equal(specificity(w, table), walked, w);
        assert.equal(specificity(w, table), walked, `${w}, asked again`);
      }
    }),
  );
});
