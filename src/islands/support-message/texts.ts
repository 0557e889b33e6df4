// The message's words in one language, read from the locale files at build time.
import type { TFunction } from 'i18next';
import { fieldIds, situationIds, triedIds, type MessageTexts } from './compose.ts';

/** Everything `composeMessage` needs in the language `t` speaks. */
export function messageTexts(t: TFunction): MessageTexts {
  return {
    greeting: t('supportMessage.lines.greeting'),
    closing: t('supportMessage.lines.closing'),
    tried: t('supportMessage.lines.tried', { list: '{{list}}', interpolation: { escapeValue: false } }),
    situations: Object.fromEntries(situationIds.map((id) => [id, t(`supportMessage.situations.${id}.sentence`)])) as MessageTexts['situations'],
    triedItems: Object.fromEntries(triedIds.map((id) => [id, t(`supportMessage.tried.${id}.sentence`)])) as MessageTexts['triedItems'],
    fields: Object.fromEntries(fieldIds.map((id) => [id, t(`supportMessage.fields.${id}.line`, { value: '{{value}}' })])) as MessageTexts['fields'],
  };
}
