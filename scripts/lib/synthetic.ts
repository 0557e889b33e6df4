import type { Locale } from '../../src/i18n/locales.ts';

const vocabulary: Record<Locale, string[]> = {
  en: 'account password email code order number tracking parcel card phone support chat login member profile settings reset verify slider inbox spam blocked deleted review seller buyer payment address country network security message'.split(' '),
  sv: 'konto lösenord mejl kod order nummer spårning paket kort telefon support chatt inloggning medlem profil inställningar återställ verifiera reglage inkorg skräppost spärrad raderad omdöme säljare köpare betalning adress land nätverk säkerhet meddelande'.split(' '),
  ru: 'аккаунт пароль почта код заказ номер трек посылка карта телефон поддержка чат логин профиль настройки сброс проверка бегунок ящик спам блокировка удаление отзыв продавец покупатель оплата адрес страна сеть безопасность сообщение'.split(' '),
};

/** A deterministic pseudo-random sequence, so every run builds the same synthetic site. */
function random(seed: number): () => number {
  let state = seed * 2654435761 || 1;
  return () => ((state = (state * 1103515245 + 12345) >>> 0) / 4294967296);
}

/** A valid synthetic article of about 400 words, for measuring how the build and index scale. */
export function syntheticArticle(lang: Locale, index: number): string {
  const next = random(index + 1 + lang.charCodeAt(0));
  const words = vocabulary[lang];
  const word = () => words[Math.floor(next() * words.length)]!;
  const sentence = () => {
    const text = Array.from({ length: 8 + Math.floor(next() * 10) }, word).join(' ');
    return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
  };
  const sections = Array.from({ length: 5 }, (_, s) => `## ${word()} ${word()} ${index}-${s}\n\n${Array.from({ length: 6 }, sentence).join(' ')}\n`);
  return [
    '---',
    `title: ${word()} ${word()} ${index}`,
    `description: ${Array.from({ length: 12 }, word).join(' ').slice(0, 150).padEnd(60, ' x')}`,
    'lastReviewed: 2026-11-01',
    'section: guides',
    'sources: [guides-2023-2024]',
    `order: ${1000 + index}`,
    '---',
    '',
    sentence(),
    '',
    ...sections,
  ].join('\n');
}
