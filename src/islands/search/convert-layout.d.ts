// convert-layout ships no types; this is the one module of it the search uses.
declare module 'convert-layout/ru.js' {
  /** Maps text between the QWERTY and ЙЦУКЕН layouts, key for key. */
  const layout: { fromEn(text: string): string; toEn(text: string): string };
  export default layout;
}
