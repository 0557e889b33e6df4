// Typography per language by typograf: non-breaking spaces (before dashes, after short words,
// between numbers and their words) and each language's quotation marks, so editors write plain text.
import Typograf from 'typograf';
import type { Locale } from '../i18n/locales.ts';

// typograf has no Swedish dash rule; this one follows its Russian rule, keeping the Swedish en dash.
// It uses typograf's own list of dash characters, so " - ", " – " and " — " all become " – ".
if (!Typograf.getRule('sv/dash/main')) {
  // A text piece may end at the dash when a label or link follows it, hence the end of input too.
  const dash = new RegExp(`[ \u00A0](${Typograf.getData('common/dash') as string})(?=[ \u00A0\\n]|$)`, 'g');
  Typograf.addRule({
    name: 'sv/dash/main',
    index: '-5',
    handler: (text) => text.replace(dash, '\u00A0\u2013'),
  });
}

const typografLocale: Record<Locale, string> = { ru: 'ru', sv: 'sv', en: 'en-US' };

// Text arrives in pieces (one text node, one attribute), so rules that assume a whole document are off:
// trimming would glue a piece to its neighbour, and final newlines would add stray space.
const wholeDocumentRules = [
  'common/space/trimLeft',
  'common/space/trimRight',
  'common/space/delLeadingBlanks',
  'common/space/delTrailingBlanks',
  'common/space/insertFinalNewline',
  'common/space/delRepeatN',
];

const engines = new Map<Locale, Typograf>();

function engineFor(lang: Locale): Typograf {
  let engine = engines.get(lang);
  if (!engine) {
    engine = new Typograf({ locale: [typografLocale[lang]], htmlEntity: { type: 'default' } });
    for (const rule of wholeDocumentRules) engine.disableRule(rule);
    // "10 минут", "6 siffror": a number never ends a line apart from the word it counts.
    engine.enableRule('common/nbsp/afterNumber');
    // Russian binds prepositions and conjunctions of up to two letters; Swedish and English only one-letter words.
    engine.setSetting('common/nbsp/afterShortWord', 'lengthShortWord', lang === 'ru' ? 2 : 1);
    // typograf's English list binds "the", "and", "for", "not", "in"… to the next word: hundreds of fixed pairs a page,
    // which leave ragged lines at 360 px and are not English practice. Only one-letter words stay bound.
    if (lang === 'en') engine.disableRule('common/nbsp/afterShortWordByList');
    // Swedish inflects abbreviations after a colon ("ID:t", "10:e"): no space may be put there.
    if (lang === 'sv') engine.disableRule('common/space/afterColon');
    engines.set(lang, engine);
  }
  return engine;
}

// Each typograf call runs some eighty rules, most of that cost whatever the text's length, and pages repeat
// the same strings (source names, labels, the locale files' strings): each is typeset once per language.
// The limit keeps a long `astro dev` session from holding every version of every paragraph.
const done = new Map<Locale, Map<string, string>>();
const remembered = 20_000;

/** The text with the language's typography applied; safe on any piece of plain text (not HTML). */
export function typeset(text: string, lang: Locale): string {
  if (!/\S/.test(text)) return text;
  let results = done.get(lang);
  if (!results) done.set(lang, (results = new Map()));
  let result = results.get(text);
  if (result === undefined) {
    if (results.size >= remembered) results.clear();
    result = engineFor(lang).execute(text);
    results.set(text, result);
  }
  return result;
}
