import { KpiError } from "../errors/kpi-error";

/**
 * docs/function-contract.md, "Order of checks", Domains: a part exceeds its whole only by more than
 * binary rounding, so 0.1 + 0.2 does not exceed 0.3.
 */
export function exceedsWhole(part: number, whole: number): boolean {
  return part - whole > 1e-12 * Math.max(1, whole);
}

/** `part-exceeds-whole` when `part` is greater than `whole`, else undefined. */
export function checkPartOfWhole(
  part: { readonly name: string; readonly value: number },
  whole: { readonly name: string; readonly value: number }
): KpiError | undefined {
  return exceedsWhole(part.value, whole.value)
    ? KpiError.of("part-exceeds-whole", {
        part: part.name,
        a: part.value,
        whole: whole.name,
        b: whole.value,
      })
    : undefined;
}
