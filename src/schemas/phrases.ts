import { z } from 'zod';
import { PHRASE_SEPARATOR } from '../islands/search/situation.ts';

export { PHRASE_SEPARATOR };

/** content/phrases/<lang>.yaml: for each article (its path without the language), how readers describe their situation. */
export const phrasesSchema = z.record(
  z.string().trim().min(1),
  z
    .array(
      z
        .string()
        .trim()
        .min(3, 'a phrase needs at least 3 characters')
        .max(80, 'a phrase is longer than 80 characters; readers type short ones')
        .refine((phrase) => !phrase.includes(PHRASE_SEPARATOR.trim()), `a phrase may not hold “${PHRASE_SEPARATOR.trim()}” (it separates phrases in the search index)`),
    )
    .min(1, 'the list is empty: give the article at least one phrase, or remove the key'),
);

/** One language's phrases after validation. */
export type Phrases = z.output<typeof phrasesSchema>;
