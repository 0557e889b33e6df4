import assert from 'node:assert/strict';
import { test } from 'node:test';
import { chooseVariant, variantFor } from '../../src/islands/variants/variants.ts';

test('the fragment picks the variant that holds its target; anything else falls back to the app, current design', () => {
  const owners = { 'on-the-website-older-design': 'web-older', 'in-the-app-older-design': 'app-older' } as const;
  assert.equal(chooseVariant('#on-the-website-older-design', owners), 'web-older');
  assert.equal(chooseVariant('', owners), 'app-current');
  assert.equal(chooseVariant('#%E0%A4%A', owners), 'app-current');
  assert.equal(chooseVariant('#__proto__', owners), 'app-current');
  assert.equal(variantFor('web', 'current'), 'web-current');
});
