/**
 * Fills a message template. A module of its own, without imports, so the pane can fill its
 * messages without bundling the error catalogue and KpiError, which only the functions need.
 */

/** Replaces each `{name}` with its parameter; numbers keep their invariant form (45292, 0.5). */
export function fillTemplate(
  template: string,
  params: Readonly<Record<string, string | number>>
): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole
  );
}
