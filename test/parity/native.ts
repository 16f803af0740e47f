/**
 * The native formulas a parity case is checked against, from the native-formula table: each
 * argument becomes a NativeArg as the Share converter would build it for a workbook holding the
 * case (a range → its A1 reference; a scalar → its cell's reference and value; omitted → the
 * parameter's default).
 */
import { NATIVE_TABLE, NativeArg, NativeEntry, NativeForms } from "../../src/native/native-table";
import { Arg } from "./parity-spec";

export function nativeEntry(id: string): NativeEntry {
  const entry = NATIVE_TABLE.get(id);
  if (!entry) throw new Error(`CS.${id} has no row in the native-formula table`);
  return entry;
}

/**
 * The case's arguments as NativeArgs; `refs` holds each argument's reference in the sheet. With
 * `rangesAreReferences` false, range arguments are marked as expressions (same text), which asks
 * the row for its SUMPRODUCT form.
 */
export function nativeArgs(
  entry: NativeEntry,
  args: readonly Arg[],
  refs: readonly string[],
  rangesAreReferences = true
): NativeArg[] {
  const built: NativeArg[] = [];
  args.forEach((arg, i) => {
    if ("omitted" in arg) {
      const param = entry.params[i];
      if (!param.default) throw new Error(`CS.${entry.id}: ${param.name} has no default`);
      built.push({ text: param.default(built), omitted: true, isReference: false });
    } else if ("value" in arg) {
      built.push({ text: refs[i], omitted: false, isReference: true, value: arg.value });
    } else {
      built.push({ text: refs[i], omitted: false, isReference: rangesAreReferences });
    }
  });
  return built;
}

/**
 * The formulas to check for one case: the forms for references, then, where the row has a
 * different one, the form for ranges that are not references (so both of CSAT's are checked).
 * With a spilled result, each group of `spill` formulas is one spilled row.
 */
export function nativeFormulas(id: string, args: readonly Arg[], refs: readonly string[]) {
  const entry = nativeEntry(id);
  const asReferences = entry.native(nativeArgs(entry, args, refs));
  if (!("forms" in asReferences)) {
    throw new Error(`CS.${id}: no native form for a parity case (${asReferences.none})`);
  }
  const asExpressions: NativeForms = entry.native(nativeArgs(entry, args, refs, false));
  const extra =
    "forms" in asExpressions && asExpressions.forms.join() !== asReferences.forms.join()
      ? asExpressions.forms
      : [];
  return [...asReferences.forms, ...extra];
}
