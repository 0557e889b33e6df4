import 'i18next';
import type en from './en.json';

// Makes every t('key') a type error unless the key exists in the base locale file.
declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: typeof en };
    returnNull: false;
  }
}
