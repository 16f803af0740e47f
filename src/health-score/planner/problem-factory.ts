/** Builds localised problems: message from the locale resource, role label, address. */
import { Locale } from "../config";
import { MessageKey, message } from "../locales";
import { MessageParams, Problem, ProblemCode, Role, isErrorCode } from "../problems";

export type MakeProblem = ((
  code: ProblemCode,
  role: Role,
  params?: MessageParams,
  address?: string,
  /** A second wording of the same problem (E13Large: the weight is too large, not too small). */
  key?: MessageKey
) => Problem) & {
  /** The role as named inside messages: "Account ids", the metric's name, … */
  readonly roleName: (role: Role) => string;
};

/** `metricNames[k]` names metric k in labels and in `{role}`/`{name}` of messages. */
export function problemFactory(locale: Locale, metricNames: readonly string[]): MakeProblem {
  const roleName = (role: Role): string => {
    switch (role.kind) {
      case "ids":
        return message(locale, "roleIds");
      case "metric":
        return metricNames[role.index] ?? message(locale, "roleMetric", { k: role.index + 1 });
      case "previousScore":
        return message(locale, "rolePrevious");
      case "revenue":
        return message(locale, "roleRevenue");
      case "outcome":
        return message(locale, "roleOutcome");
      default:
        return "";
    }
  };
  const roleLabel = (role: Role): string => {
    switch (role.kind) {
      case "ids":
        return "Ids";
      case "metric":
        return `Metrics[${role.index + 1}] "${metricNames[role.index] ?? ""}"`;
      case "previousScore":
        return "PreviousScore";
      case "revenue":
        return "Revenue";
      case "outcome":
        return "Outcome";
      case "settings":
        return "Settings";
      default:
        return "Workbook";
    }
  };
  const make = (
    code: ProblemCode,
    role: Role,
    params: MessageParams = {},
    address?: string,
    key: MessageKey = code as MessageKey
  ) => {
    const all = { role: roleName(role), name: roleName(role), ...params };
    return {
      code,
      severity: isErrorCode(code) ? "error" : "warning",
      role,
      roleLabel: roleLabel(role),
      message: message(locale, key, all),
      address,
      params: all,
    } as const;
  };
  return Object.assign(make, { roleName });
}
