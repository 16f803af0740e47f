/**
 * The native-formula table's rows against functions.md's "Native:" lines, written out by hand
 * with concrete references: the forms for reference arguments, the SUMPRODUCT forms where a
 * range argument is an expression, the defaults of omitted arguments, and TTV's cases with none.
 */
import * as core from "../../src/core";
import {
  NATIVE_TABLE,
  NativeArg,
  NativeForms,
  NO_NATIVE_REASONS,
  NoNativeReason,
} from "../../src/native/native-table";

/** How a test writes an argument: a reference as text, or one of these. */
type Given =
  | string
  | { readonly expr: string }
  | { readonly literal: string; readonly value: number | string }
  | { readonly cell: string; readonly value: number | string }
  | typeof OMIT;

const OMIT = Symbol("omitted");
const expr = (text: string): Given => ({ expr: text });
const literal = (value: number | string): Given => ({
  literal: typeof value === "string" ? `"${value}"` : String(value),
  value,
});
const cell = (ref: string, value: number | string): Given => ({ cell: ref, value });

/** The row's native forms for a call, its arguments built as the converter builds them. */
function native(id: string, ...given: Given[]): NativeForms {
  const entry = NATIVE_TABLE.get(id)!;
  const args: NativeArg[] = [];
  entry.params.forEach((param, i) => {
    const arg = i < given.length ? given[i] : OMIT;
    if (arg === OMIT) args.push({ text: param.default!(args), omitted: true, isReference: false });
    else if (typeof arg === "string") args.push({ text: arg, omitted: false, isReference: true });
    else if ("expr" in arg) args.push({ text: arg.expr, omitted: false, isReference: false });
    else if ("literal" in arg)
      args.push({ text: arg.literal, omitted: false, isReference: false, value: arg.value });
    else args.push({ text: arg.cell, omitted: false, isReference: true, value: arg.value });
  });
  return entry.native(args);
}

const one = (formula: string): NativeForms => ({ forms: [formula] });

const CHURNFROMDATES =
  '(COUNTIFS(A2:A14,"<"&D1,B2:B14,">="&D1,B2:B14,"<"&(D2+1))' +
  '+COUNTIFS(A2:A14,">="&D1,A2:A14,"<"&(D2+1),B2:B14,"<"&(D2+1)))' +
  '/(COUNTIFS(A2:A14,"<"&D1,B2:B14,">="&D1)+COUNTIFS(A2:A14,"<"&D1,B2:B14,""))';
const TTV_MEAN =
  '(SUMIFS(B2:B6,A2:A6,">=0",B2:B6,">=0")-SUMIFS(A2:A6,A2:A6,">=0",B2:B6,">=0"))' +
  '/COUNTIFS(A2:A6,">=0",B2:B6,">=0")';
const KEPT = "(B4:D4<>FALSE)*(B4:D4<>0)";

/** [what, id, arguments, expected]. */
/** functions.md §11's native lower bound of CS.NPSCI, copied as printed (r the scores, z). */
const NPSCI_LOWER =
  'MAX(-100,100*(((COUNTIF(r,">=9")+0.75)-(COUNTIF(r,"<=6")+0.75))/(COUNT(r)+3)-z*SQRT((((COUNTIF(r,">=9")+0.75)+(COUNTIF(r,"<=6")+0.75))/(COUNT(r)+3)-(((COUNTIF(r,">=9")+0.75)-(COUNTIF(r,"<=6")+0.75))/(COUNT(r)+3))^2)/(COUNT(r)+3))))';
/** "upper the same with MIN(100, and +z*". */
const NPSCI_UPPER = NPSCI_LOWER.replace("MAX(-100,", "MIN(100,").replace("-z*", "+z*");
const npsCiForms = (r: string, c: string): NativeForms => {
  const z = `NORM.S.INV(1-(1-${c})/2)`;
  const fill = (form: string) => form.replace(/\br\b/g, r).replace("z*", `${z}*`);
  return {
    forms: [
      `(COUNTIF(${r},">=9")-COUNTIF(${r},"<=6"))/COUNT(${r})*100`,
      fill(NPSCI_LOWER),
      fill(NPSCI_UPPER),
      `COUNT(${r})`,
    ],
  };
};
/** The adjusted m and var of one NPS sample, as in NPSCI's forms. */
const adjusted = (r: string) => {
  const p = `(COUNTIF(${r},">=9")+0.75)`;
  const d = `(COUNTIF(${r},"<=6")+0.75)`;
  const m = `(${p}-${d})/(COUNT(${r})+3)`;
  return { m, variance: `(${p}+${d})/(COUNT(${r})+3)-(${m})^2`, n: `(COUNT(${r})+3)` };
};
const wilsonForms = (share: string, n: string, z: string): NativeForms => ({
  forms: [
    share,
    `MAX(0,(${share}+${z}^2/(2*${n}))/(1+${z}^2/${n})-${z}/(1+${z}^2/${n})*SQRT(${share}*(1-${share})/${n}+${z}^2/(4*${n}^2)))`,
    `MIN(1,(${share}+${z}^2/(2*${n}))/(1+${z}^2/${n})+${z}/(1+${z}^2/${n})*SQRT(${share}*(1-${share})/${n}+${z}^2/(4*${n}^2)))`,
    n,
  ],
});
const before = adjusted("B2:B9");
const after = adjusted("C2:C9");

const CASES: readonly (readonly [string, string, Given[], NativeForms])[] = [
  [
    "references",
    "NPS",
    ["B2:B9"],
    one('(COUNTIF(B2:B9,">=9")-COUNTIF(B2:B9,"<=6"))/COUNT(B2:B9)*100'),
  ],
  [
    "an expression: SUMPRODUCT",
    "NPS",
    [expr("(B2:B9*1)")],
    one(
      "(SUMPRODUCT(ISNUMBER((B2:B9*1))*((B2:B9*1)>=9))-SUMPRODUCT(ISNUMBER((B2:B9*1))*((B2:B9*1)<=6)))/COUNT((B2:B9*1))*100"
    ),
  ],
  [
    "references",
    "NPSBREAKDOWN",
    ["B2:B9"],
    {
      forms: [
        'COUNTIF(B2:B9,">=9")/COUNT(B2:B9)',
        'COUNTIFS(B2:B9,">=7",B2:B9,"<=8")/COUNT(B2:B9)',
        'COUNTIF(B2:B9,"<=6")/COUNT(B2:B9)',
        "COUNT(B2:B9)",
      ],
    },
  ],
  [
    "an array constant",
    "NPSBREAKDOWN",
    [expr("{9;10;3}")],
    { none: "criteria-range-not-reference" },
  ],
  ["references", "CSAT", ["B2:B9", "D1", "D2"], one('COUNTIF(B2:B9,">="&D2)/COUNT(B2:B9)')],
  ["both omitted: 4 on 1–5", "CSAT", ["B2:B9"], one('COUNTIF(B2:B9,">="&4)/COUNT(B2:B9)')],
  [
    "scale 10 written: 6",
    "CSAT",
    ["B2:B9", literal(10)],
    one('COUNTIF(B2:B9,">="&6)/COUNT(B2:B9)'),
  ],
  [
    "scale in a cell: the midpoint rule as a formula",
    "CSAT",
    ["B2:B9", cell("D1", 10)],
    one('COUNTIF(B2:B9,">="&(INT((D1+1)/2)+1))/COUNT(B2:B9)'),
  ],
  [
    "an array constant: SUMPRODUCT",
    "CSAT",
    [expr("{5;4;3}"), OMIT, "D2"],
    one("SUMPRODUCT(ISNUMBER({5;4;3})*({5;4;3}>=D2))/COUNT({5;4;3})"),
  ],
  ["references", "CES", ["B2:B9", "D1", "D2"], one('COUNTIF(B2:B9,">="&D2)/COUNT(B2:B9)')],
  ["both omitted: 5 on 1–7", "CES", ["B2:B9"], one('COUNTIF(B2:B9,">="&5)/COUNT(B2:B9)')],
  ["scale 5 written: 4", "CES", ["B2:B9", literal(5)], one('COUNTIF(B2:B9,">="&4)/COUNT(B2:B9)')],
  [
    "an expression: SUMPRODUCT",
    "CES",
    [expr("(8-B2:B9)")],
    one("SUMPRODUCT(ISNUMBER((8-B2:B9))*((8-B2:B9)>=5))/COUNT((8-B2:B9))"),
  ],
  ["references", "CESAVG", ["B2:B9", "D1"], one("AVERAGE(B2:B9)")],
  ["an expression", "CESAVG", [expr("(8-B2:B9)")], one("AVERAGE((8-B2:B9))")],
  ["references", "CHURN", ["B1", "B2"], one("B2/B1")],
  ["references", "CHURNFROMDATES", ["A2:A14", "B2:B14", "D1", "D2"], one(CHURNFROMDATES)],
  [
    "an expression",
    "CHURNFROMDATES",
    ["A2:A14", expr("(B2:B14+0)"), "D1", "D2"],
    { none: "criteria-range-not-reference" },
  ],
  ["references", "RETENTION", ["B1", "B2", "B3"], one("(B2-B3)/B1")],
  ["references", "RENEWAL", ["B1", "B2"], one("B1/B2")],
  ["references", "MRR", ["B1", "B2"], one("B1*B2")],
  ["references", "ARPU", ["B1", "B2"], one("B1/B2")],
  ["references", "NDR", ["B1", "B2", "B3", "B4"], one("(B1+B2-B3-B4)/B1")],
  ["references", "GRR", ["B1", "B2", "B3"], one("(B1-B2-B3)/B1")],
  ["references", "EXPANSIONRATE", ["B1", "B2"], one("B1/B2")],
  ["references", "CLV", ["B1", "B2", "B3", "B4"], one("B1*B2*B3*B4")],
  ["margin omitted: 1", "CLV", ["B1", "B2", "B3"], one("B1*B2*B3*1")],
  ["references", "SAASLTV", ["B1", "B2", "B3"], one("B1*B3/B2")],
  ["margin omitted: 1", "SAASLTV", ["B1", "B2"], one("B1*1/B2")],
  ["references", "CRC", ["B1", "B2"], one("B1/B2")],
  ["references", "FCR", ["B1", "B2"], one("B1/B2")],
  ["references", "CONVERSION", ["B1", "B2"], one("B1/B2")],
  ["references", "TRIALCONVERSION", ["B1", "B2"], one("B1/B2")],
  ["references", "STICKINESS", ["B1", "B2"], one("B1/B2")],
  ["references", "AVGSESSION", ["B1", "B2"], one("B1/B2")],
  [
    "references",
    "USAGERATE",
    ["C2:C500", "D1"],
    one("SUMPRODUCT(ISNUMBER(C2:C500)*(C2:C500>=D1))/COUNT(C2:C500)"),
  ],
  [
    "an expression",
    "USAGERATE",
    [expr("(C2:C500/60)"), literal(5)],
    one("SUMPRODUCT(ISNUMBER((C2:C500/60))*((C2:C500/60)>=5))/COUNT((C2:C500/60))"),
  ],
  ['"mean" written', "TTV", ["A2:A6", "B2:B6", literal("mean")], one(TTV_MEAN)],
  ['"Mean" in a cell', "TTV", ["A2:A6", "B2:B6", cell("D1", "Mean")], one(TTV_MEAN)],
  ["method omitted: median", "TTV", ["A2:A6", "B2:B6"], { none: "median-needs-array" }],
  [
    '"MEDIAN" written',
    "TTV",
    ["A2:A6", "B2:B6", literal("MEDIAN")],
    { none: "median-needs-array" },
  ],
  ["method in a cell not read", "TTV", ["A2:A6", "B2:B6", "D1"], { none: "method-unknown" }],
  ['"avg" written', "TTV", ["A2:A6", "B2:B6", literal("avg")], { none: "method-unknown" }],
  ["method a number", "TTV", ["A2:A6", "B2:B6", literal(2)], { none: "method-unknown" }],
  [
    "mean of an expression",
    "TTV",
    [expr("(A2:A6+0)"), "B2:B6", literal("mean")],
    { none: "criteria-range-not-reference" },
  ],
  [
    "without flags",
    "HEALTHSCORE",
    ["B2:D2", "B3:D3"],
    one("SUMPRODUCT(--ISNUMBER(B2:D2),B3:D3,B2:D2)/SUMPRODUCT(--ISNUMBER(B2:D2),B3:D3)*100"),
  ],
  [
    "with flags",
    "HEALTHSCORE",
    ["B2:D2", "B3:D3", "B4:D4"],
    one(
      `(SUMPRODUCT(ISNUMBER(B2:D2)*${KEPT},B3:D3,B2:D2)` +
        `+SUMPRODUCT(ISNUMBER(B2:D2)*(1-${KEPT}),B3:D3)` +
        `-SUMPRODUCT(ISNUMBER(B2:D2)*(1-${KEPT}),B3:D3,B2:D2))` +
        "/SUMPRODUCT(--ISNUMBER(B2:D2),B3:D3)*100"
    ),
  ],
  [
    "omitted confidence: 0.95, as functions.md §11 prints it",
    "NPSCI",
    ["B2:B10"],
    npsCiForms("B2:B10", "0.95"),
  ],
  ["a confidence cell", "NPSCI", ["B2:B10", cell("D1", 0.9)], npsCiForms("B2:B10", "D1")],
  [
    "references",
    "NPSTEST",
    ["B2:B9", "C2:C9"],
    {
      forms: [
        '(COUNTIF(C2:C9,">=9")-COUNTIF(C2:C9,"<=6"))/COUNT(C2:C9)*100-(COUNTIF(B2:B9,">=9")-COUNTIF(B2:B9,"<=6"))/COUNT(B2:B9)*100',
        `2*(1-NORM.S.DIST(ABS((${after.m}-(${before.m}))/SQRT((${before.variance})/${before.n}+(${after.variance})/${after.n})),TRUE))`,
      ],
    },
  ],
  [
    "omitted scale, threshold and confidence",
    "CSATCI",
    ["B2:B9"],
    wilsonForms('(COUNTIF(B2:B9,">="&4)/COUNT(B2:B9))', "COUNT(B2:B9)", "NORM.S.INV(1-(1-0.95)/2)"),
  ],
  [
    "an expression: SUMPRODUCT, confidence literal",
    "CSATCI",
    [expr("(B2:B9*1)"), literal(10), OMIT, literal(0.9)],
    wilsonForms(
      "(SUMPRODUCT(ISNUMBER((B2:B9*1))*((B2:B9*1)>=6))/COUNT((B2:B9*1)))",
      "COUNT((B2:B9*1))",
      "NORM.S.INV(1-(1-0.9)/2)"
    ),
  ],
  ["gross: expansion omitted", "REVENUECHURN", ["B1", "B2", "B3"], one("(B2+B3)/B1")],
  ["net", "REVENUECHURN", ["B1", "B2", "B3", "B4"], one("(B2+B3-B4)/B1")],
];

test.each(CASES)("%s: CS.%s", (_what, id, given, expected) => {
  expect(native(id, ...given)).toEqual(expected);
});

test("every function of the table has a case written out here", () => {
  expect(new Set(CASES.map(([, id]) => id))).toEqual(new Set(NATIVE_TABLE.keys()));
});

test.each([
  ["CSAT", { scale_max: "5", satisfied_min: "4" }],
  ["CES", { scale_max: "7", positive_min: "5" }],
  ["CESAVG", { scale_max: "7" }],
  ["CLV", { gross_margin: "1" }],
  ["SAASLTV", { gross_margin: "1" }],
  ["TTV", { method: '"median"' }],
  ["HEALTHSCORE", { higher_is_better: "TRUE" }],
  ["NPSCI", { confidence: "0.95" }],
  ["CSATCI", { scale_max: "5", satisfied_min: "4", confidence: "0.95" }],
  ["REVENUECHURN", { expansion: "0" }],
])("CS.%s: the defaults written for omitted arguments", (id, defaults) => {
  const entry = NATIVE_TABLE.get(id)!;
  const written: Record<string, string> = {};
  const args: NativeArg[] = [];
  for (const param of entry.params) {
    const text = param.optional ? param.default!(args) : param.name;
    if (param.optional) written[param.name] = text;
    args.push({ text, omitted: param.optional === true, isReference: !param.optional });
  }
  expect(written).toEqual(defaults);
});

test("only those functions have optional arguments", () => {
  const withOptional = [...NATIVE_TABLE.values()].filter((e) => e.params.some((p) => p.optional));
  expect(withOptional.map((e) => e.id).sort()).toEqual(
    [
      "CES",
      "CESAVG",
      "CLV",
      "CSAT",
      "HEALTHSCORE",
      "SAASLTV",
      "TTV",
      "NPSCI",
      "CSATCI",
      "REVENUECHURN",
    ].sort()
  );
});

test("only NPSBREAKDOWN, NPSCI, CSATCI (four cells) and NPSTEST (two) spill", () => {
  const spilled = [...NATIVE_TABLE.values()].filter((e) => e.spill !== undefined);
  expect(spilled.map((e) => [e.id, e.spill])).toEqual([
    ["NPSBREAKDOWN", 4],
    ["NPSCI", 4],
    ["NPSTEST", 2],
    ["CSATCI", 4],
  ]);
});

test("each row computes with the formula core's function of the same name", () => {
  const byName = new Map(
    Object.entries(core).map(([name, fn]) => [name.toUpperCase(), fn as unknown])
  );
  for (const entry of NATIVE_TABLE.values()) expect(entry.compute).toBe(byName.get(entry.id));
});

test("every reason for no native form has an English text", () => {
  const reasons: NoNativeReason[] = [
    "median-needs-array",
    "criteria-range-not-reference",
    "method-unknown",
  ];
  expect(Object.keys(NO_NATIVE_REASONS).sort()).toEqual([...reasons].sort());
  const given = CASES.flatMap(([, , , forms]) => ("none" in forms ? [forms.none] : []));
  expect(new Set(given)).toEqual(new Set(reasons));
  for (const reason of reasons) expect(NO_NATIVE_REASONS[reason]).toMatch(/^[\x20-\x7e]{20,}$/);
});
