/**
 * Validation problems (docs/health-score.md, "Checks before writing"). Each carries its code, the
 * role it concerns, the address to focus, and the parameters of its localised message; `message` is
 * the text in the plan's locale.
 */
export type ErrorCode =
  | "E01"
  | "E02"
  | "E03"
  | "E04"
  | "E05"
  | "E06"
  | "E07"
  | "E08"
  | "E09"
  | "E10"
  | "E11"
  | "E12"
  | "E13"
  | "E14"
  | "E15"
  | "E16"
  | "E17"
  | "E18"
  | "E19"
  | "E20"
  | "E21";
export type WarningCode =
  "W01" | "W02" | "W03" | "W04" | "W05" | "W06" | "W07" | "W08" | "W09" | "W10" | "W11";
export type ProblemCode = ErrorCode | WarningCode;

export type Role =
  | { readonly kind: "ids" }
  | { readonly kind: "metric"; readonly index: number }
  | { readonly kind: "previousScore" }
  | { readonly kind: "revenue" }
  | { readonly kind: "outcome" }
  | { readonly kind: "settings" }
  | { readonly kind: "workbook" };

/** A list (the addresses of E10, the roles of W06) is joined in the message's language. */
export type MessageParams = Readonly<Record<string, string | number | readonly string[]>>;

export interface Problem {
  readonly code: ProblemCode;
  readonly severity: "error" | "warning";
  readonly role: Role;
  /** Role as shown next to the message, e.g. `Metrics[2] "NPS"` (1-based). */
  readonly roleLabel: string;
  readonly message: string;
  readonly address?: string;
  readonly params: MessageParams;
}

export const isErrorCode = (code: ProblemCode): code is ErrorCode => code.startsWith("E");
