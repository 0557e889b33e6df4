/** Pages that code (not an MDX article) builds in every language, as paths without the language. */
export const codePages: readonly string[] = [];
