/**
 * The messages the error catalogue (functions.md §2) can produce: each template becomes a
 * pattern where every placeholder matches any text, paired with the Excel error it shows.
 */
import { CatalogueId, ERROR_CATALOGUE } from "../../src/core/errors/catalogue";

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

const PATTERNS = (Object.keys(ERROR_CATALOGUE) as CatalogueId[]).map((id) => {
  const { excel, template } = ERROR_CATALOGUE[id];
  const pattern = new RegExp(
    `^${template
      .split(/\{\w+\}/)
      .map(escape)
      .join(".+")}$`
  );
  return { id, excel, pattern };
});

/** The catalogue entry an error result comes from, or undefined when it is none of them. */
export function catalogueIdOf(code: string, message: string): CatalogueId | undefined {
  return PATTERNS.find((entry) => entry.excel === code && entry.pattern.test(message))?.id;
}
