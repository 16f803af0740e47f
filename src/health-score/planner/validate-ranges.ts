/** Shape checks of every chosen range (E04–E08, E18, E19) and reuse of one range (W06). */
import { MAX_ACCOUNTS } from "../config";
import { Problem } from "../problems";
import { MakeProblem } from "./problem-factory";
import { RoleSource, Roles } from "./roles";

export const allRoles = (roles: Roles): RoleSource[] =>
  [roles.ids, ...roles.metrics, roles.previousScore, roles.revenue, roles.outcome].filter(
    (r): r is RoleSource => r !== undefined
  );

/** Checks one role; returns problems and whether its data rows can be used. */
function checkShape(source: RoleSource, owned: ReadonlySet<string>, make: MakeProblem): Problem[] {
  const { role, choice, range } = source;
  if (!range) return [make("E19", role, {}, choice.range)];
  if (range.areas > 1) return [make("E05", role, {}, choice.range)];
  if (range.columns > 1)
    return [make("E04", role, { address: choice.range, n: range.columns }, choice.range)];
  if (owned.has(range.sheet)) return [make("E18", role, { sheet: range.sheet }, choice.range)];
  if (source.data.length === 0) return [make("E06", role, {}, choice.range)];
  if (source.data.length > MAX_ACCOUNTS)
    return [make("E07", role, { n: source.data.length }, choice.range)];
  return [];
}

export function validateRanges(
  roles: Roles,
  owned: ReadonlySet<string>,
  make: MakeProblem
): { problems: Problem[]; usable: Set<RoleSource> } {
  const problems: Problem[] = [];
  const usable = new Set<RoleSource>();
  for (const source of allRoles(roles)) {
    const shape = checkShape(source, owned, make);
    problems.push(...shape);
    if (shape.length === 0) usable.add(source);
  }
  const ids = roles.ids && usable.has(roles.ids) ? roles.ids : undefined;
  if (ids) {
    for (const source of usable) {
      if (source !== ids && source.data.length !== ids.data.length)
        problems.push(
          make(
            "E08",
            source.role,
            { n: source.data.length, m: ids.data.length },
            source.choice.range
          )
        );
    }
  }
  problems.push(...sameRangeTwice(roles, make));
  return { problems, usable };
}

function sameRangeTwice(roles: Roles, make: MakeProblem): Problem[] {
  const byRange = new Map<string, RoleSource[]>();
  for (const source of allRoles(roles)) {
    const r = source.range;
    if (!r) continue;
    const key = JSON.stringify([r.sheet.toLowerCase(), r.top, r.left, r.values.length, r.columns]);
    byRange.set(key, [...(byRange.get(key) ?? []), source]);
  }
  return [...byRange.values()]
    .filter((group) => group.length > 1)
    .map((group) =>
      make(
        "W06",
        group[1].role,
        { roles: group.map((s) => make.roleName(s.role)) },
        group[1].choice.range
      )
    );
}
