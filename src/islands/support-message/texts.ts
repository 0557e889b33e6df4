// The message's words in one language, read from the locale files at build time.
import type { TFunction } from 'i18next';
import type { Locale } from '../../i18n/locales.ts';
import { regionName } from '../../utils/region-name.ts';
import { fieldIds, situationIds, triedIds, type FieldId, type MessageTexts } from './compose.ts';

/** Everything `composeMessage` needs in the language `t` speaks. */
export function messageTexts(t: TFunction): MessageTexts {
  return {
    greeting: t('supportMessage.lines.greeting'),
    closing: t('supportMessage.lines.closing'),
    tried: t('supportMessage.lines.tried', { list: '{{list}}', interpolation: { escapeValue: false } }),
    situations: Object.fromEntries(situationIds.map((id) => [id, t(`supportMessage.situations.${id}.sentence`)])) as MessageTexts['situations'],
    triedItems: Object.fromEntries(triedIds.map((id) => [id, t(`supportMessage.tried.${id}.sentence`)])) as MessageTexts['triedItems'],
    fields: Object.fromEntries(fieldIds.map((id) => [id, t(`supportMessage.fields.${id}.line`, { value: '{{value}}' })])) as MessageTexts['fields'],
    phoneGone: t('supportMessage.phoneGone.line'),
    phoneGoneAfter: t('supportMessage.phoneGone.after'),
    inboxOther: t('supportMessage.inboxOther.line'),
    inboxOtherAfter: t('supportMessage.inboxOther.after'),
  };
}

// A reader's likely country and site per language. The country is named in the reader's language: each message
// names it in its own (compose.ts, countryIn). Amounts and phone numbers keep their spaces unbroken (\u00a0): at
// 360 px "1 299 ₽" must not wrap into "1" and "299 ₽".
const likely: Record<Locale, [region: string, site: string, phone: string, month: string, payment: string]> = {
  en: ['GB', 'aliexpress.com', '+44\u00a07700\u00a0900123', 'March 2026', '£24.99, 14\u00a0March 2026'],
  // Digits read the same in the English message and in the reader's own.
  sv: ['SE', 'aliexpress.com', '+46\u00a070\u00a0123\u00a045\u00a067', '2026-03', '349\u00a0kr, 2026-03-14'],
  ru: ['RU', 'aliexpress.ru', '+7\u00a0916\u00a0123-45-67', '03.2026', '1\u00a0299\u00a0₽, 14.03.2026'],
};

/** Examples for the fields' hints, written so that what the reader copies from them reads as English. */
export function hintExamples(lang: Locale): Partial<Record<FieldId, string>> {
  const [region, site, phone, month, payment] = likely[lang];
  return { lastOrder: month, payment, phone, country: `${regionName(region, lang)}, ${site}` };
}

/** Languages whose readers mostly write to a chat in their own language (aliexpress.ru's support answers in Russian), so their text comes first where it must be copied by hand. */
export const chatsInOwnLanguage: ReadonlySet<Locale> = new Set(['ru']);
