/** A string literal inside a formula. A1 notation itself is src/a1/a1.ts. */
export const text = (value: string): string => `"${value.replace(/"/g, '""')}"`;
