import { en } from "./en.js";
import { fr } from "./fr.js";
import type { Messages } from "./messages.js";

/**
 * The languages notes, chains and reports can be written in, each with its
 * table of messages.
 *
 * @example
 * Object.keys(MESSAGES)
 * //=> ["en", "fr"]
 */
export const MESSAGES = { en, fr } as const satisfies Record<string, Messages>;

/** A language of {@link MESSAGES}. */
export type MessageLanguage = keyof typeof MESSAGES;

/** The messages of a language, or a RangeError naming the languages there are. */
export function messagesFor(lang: string): Messages {
  if (Object.hasOwn(MESSAGES, lang)) return MESSAGES[lang as MessageLanguage];
  throw new RangeError(
    `no messages in "${lang}": write notes and reports in one of ${Object.keys(MESSAGES)
      .map((l) => `"${l}"`)
      .join(", ")}`,
  );
}
