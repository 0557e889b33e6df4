// Sends the reader from the root chooser to their language; the language pages never send back, so no loop.
import { pickLocale } from '../utils/pickLocale.ts';

let remembered: string | null = null;
try {
  remembered = localStorage.getItem('lang');
} catch {
  // Storage off: fall back to the browser's languages.
}
const target = pickLocale(remembered, navigator.languages ?? [navigator.language]);
if (target && !new URLSearchParams(location.search).has('choose')) location.replace(`/${target}/`);
