/**
 * The pane's one way to turn a thrown error into what the user reads: the error's own message
 * (an Error's `message`, else its text) inside a localised sentence that says what failed, so
 * no raw `Error: …` ever reaches the page and every failure reads in the pane's language.
 */

/** What an error says: an Error's message (without the `Error:` prefix), else its text. */
export const errorText = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

/**
 * `key`'s sentence in the pane's language with `{message}` = what `error` says. Works with any
 * of the pane's string tables (wizard, Functions, Share) through its `text` function.
 */
export const failureMessage = <K extends string>(
  text: (key: K, params: Readonly<Record<string, string>>) => string,
  key: K,
  error: unknown
): string => text(key, { message: errorText(error) });
