/**
 * Unicode isolates (UAX #9) for values placed inside right-to-left text. An isolate is laid out
 * on its own and is skipped when the paragraph's direction is chosen, so a negative number, an
 * address such as Accounts!B2:B7 or an English metric name neither flips nor reorders the Arabic
 * or Persian words around it.
 */

/** First-strong isolate (FSI … PDI): the value takes the direction of its own first letter. */
export const isolate = (value: string): string => `\u2068${value}\u2069`;

/**
 * Left-to-right isolate (LRI … PDI) for an expression that must read left to right even when it
 * starts with a neutral character: a formula such as ROUND(…, 0), or ±1.8E308.
 */
export const ltr = (expression: string): string => `\u2066${expression}\u2069`;

/** Every bidi isolate and mark; translation tables write none by hand (code adds them). */
export const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;
