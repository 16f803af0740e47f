/**
 * What the command prints: problems on stderr, or the `--json` summary on stdout (README, "The
 * command line").
 */
import { Problem } from "../health-score";

export interface Summary {
  readonly ok: boolean;
  readonly sheet: string | null;
  readonly accounts: number;
  readonly problems: readonly Problem[];
  /** Set when the command stopped before validation (usage, config or I/O error). */
  readonly error?: string;
}

/** `E08 Metrics[2] "NPS": Usage has 5 data rows but the account ids have 6.` */
export const problemLine = (p: Problem): string =>
  `${p.code} ${p.roleLabel}: ${p.message}${p.address && !p.message.includes(p.address) ? ` (${p.address})` : ""}`;

export function jsonSummary(summary: Summary): string {
  return JSON.stringify({
    ok: summary.ok,
    sheet: summary.sheet,
    accounts: summary.accounts,
    problems: summary.problems.map((p) => ({
      code: p.code,
      role: p.roleLabel,
      message: p.message,
      address: p.address ?? null,
    })),
    ...(summary.error !== undefined ? { error: summary.error } : {}),
  });
}
