/**
 * Generated bad selections and settings (seeded, so a failing case is rebuilt from its number)
 * on the playground: each case types a small sheet as the user would, picks ranges and sets
 * fields through the pane's controls, and expects its code's English message (spec §4, written
 * out here from the spec's table) in the problem panel, and no write to any user cell. Warning
 * cases are built: the build may only add sheets. One page drives every case; the pane is reset
 * by its own controls between cases.
 */
import { Page } from "playwright-core";
import { CellInput, FakeWorkbook } from "../../test-double/excel";
import { Playground, announced, inBook, pick, startPlayground } from "../support/playground";

const { mulberry32 } = require("../../samples/health-score/random.js") as {
  mulberry32: (seed: number) => () => number;
};

jest.setTimeout(300_000);

const CASES_PER_CODE = 9;
const SHEET = "Fuzz";

type Slot = "ids" | "previousScore" | "revenue" | 0 | 1;

interface Case {
  readonly id: string;
  readonly code: string;
  readonly cells: CellInput[][];
  readonly picks: { slot: Slot; address: string; shown?: string; header?: boolean }[];
  readonly settings: { step: 2 | 3; slot?: 0 | 1; field: string; value: string }[];
  readonly protect?: boolean;
  readonly message: string;
  /** Warnings: press Build, which may add sheets and nothing else. */
  readonly build: boolean;
}

interface Outcome {
  readonly found: boolean;
  readonly panel: string[];
  /** Picked addresses the pane never showed. */
  readonly unshown: string[];
  readonly addinWritesOnUserSheets: string[];
  readonly userChanges: unknown[];
  readonly buildEnabled?: boolean;
  readonly status: string;
}

type Rnd = () => number;
const int = (rnd: Rnd, lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
const pickOne = <T>(rnd: Rnd, list: readonly T[]): T => list[Math.floor(rnd() * list.length)];
/** `k` distinct data rows (1-based sheet rows 2..n+1), ascending. */
function rows(rnd: Rnd, n: number, k: number): number[] {
  const all = Array.from({ length: n }, (_, i) => i + 2);
  for (let i = all.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [all[i], all[j]] = [all[j], all[i]];
  }
  return all.slice(0, k).sort((a, b) => a - b);
}

const HEADERS = ["Account", "Usage", "Tickets", "Prev", "ARR"];

/** A clean sheet of `n` accounts: ids, two metrics, previous score 0–100, revenue. */
function baseSheet(rnd: Rnd, n: number): CellInput[][] {
  const body = Array.from({ length: n }, (_, i) => [
    `A-${100 + i * int(rnd, 1, 3)}-${i}`,
    int(rnd, 0, 1000) + i,
    int(rnd, 0, 20) + (i % 2),
    int(rnd, 0, 100),
    int(rnd, 1, 500) * 1000,
  ]);
  return [HEADERS, ...body];
}

const col = (letter: string, n: number, top = 1) => `${SHEET}!${letter}${top}:${letter}${n + 1}`;
const set = (cells: CellInput[][], row: number, column: number, v: CellInput) => {
  cells[row - 1][column] = v;
};

/** Builds case `index` of `code`. */
function makeCase(code: string, index: number): Case {
  const rnd = mulberry32(index * 7919 + code.charCodeAt(1) * 31 + Number(code.slice(1)));
  const n = int(rnd, 5, 12);
  const cells = baseSheet(rnd, n);
  const picks: Case["picks"] = [
    { slot: "ids", address: col("A", n) },
    { slot: 0, address: col("B", n) },
    { slot: 1, address: col("C", n) },
  ];
  const settings: Case["settings"] = [];
  const base = { id: `${code}#${index}`, code, cells, picks, settings, build: code[0] === "W" };
  const withMetric = (slot: 0 | 1, p: Partial<Case["picks"][number]>) => {
    picks[slot + 1] = { ...picks[slot + 1], ...p };
  };
  const name = (slot: 0 | 1) => HEADERS[slot + 1];
  switch (code) {
    case "E04": {
      const last = pickOne(rnd, ["C", "D", "E"]);
      const address = `${SHEET}!B1:${last}${n + 1}`;
      withMetric(0, { address });
      const width = last.charCodeAt(0) - 65;
      return {
        ...base,
        message: `Usage must be a single column; ${address} has ${width} columns.`,
      };
    }
    case "E05": {
      const other = pickOne(rnd, ["D", "E"]);
      const first = col("B", n);
      const second = `${other}1:${other}${n + 1}`;
      withMetric(0, { address: `${first},${second}`, shown: `${first},${SHEET}!${second}` });
      return { ...base, message: "Usage must be one block of cells." };
    }
    case "E06":
      if (rnd() < 0.5) {
        picks[0] = { slot: "ids", address: `${SHEET}!A1:A1`, shown: `${SHEET}!A1` };
        return { ...base, message: "Account ids has no data rows." };
      }
      withMetric(1, { address: `${SHEET}!C1:C1`, shown: `${SHEET}!C1`, header: true });
      return { ...base, message: "Tickets has no data rows." };
    case "E08": {
      const d = int(rnd, 1, n - 2) * (rnd() < 0.5 ? -1 : 1);
      withMetric(1, { address: `${SHEET}!C1:C${n + 1 + d}` });
      return {
        ...base,
        message: `Tickets has ${n + d} data ${n + d === 1 ? "row" : "rows"} but the account ids have ${n}.`,
      };
    }
    case "E09": {
      const blank = rows(rnd, n, int(rnd, 1, n - 2));
      blank.forEach((r) => set(cells, r, 0, null));
      return {
        ...base,
        message: `${blank.length} ${blank.length === 1 ? "account id is" : "account ids are"} blank (first at ${SHEET}!A${blank[0]}).`,
      };
    }
    case "E10": {
      const [first, second] = rows(rnd, n, 2);
      const id = cells[first - 1][0] as string;
      set(cells, second, 0, rnd() < 0.5 ? id.toLowerCase() : id);
      return {
        ...base,
        message: `Account id "${id}" appears 2 times (${SHEET}!A${first}, ${SHEET}!A${second}).`,
      };
    }
    case "E11": {
      const [r] = rows(rnd, n, 1);
      const error = pickOne(rnd, ["#N/A", "#DIV/0!", "#VALUE!", "#REF!"]);
      set(cells, r, 0, { error });
      return { ...base, message: `Account id at ${SHEET}!A${r} is an error (${error}).` };
    }
    case "E12":
      for (let r = 2; r <= n + 1; r++) set(cells, r, 2, pickOne(rnd, ["n/a", "x", null, "-"]));
      set(cells, 2, 2, "n/a");
      withMetric(1, { header: true });
      return { ...base, message: "Tickets has no numeric values." };
    case "E13": {
      const slot = pickOne(rnd, [0, 1] as const);
      settings.push({ step: 2, slot, field: "weight", value: pickOne(rnd, ["0", "-2", "abc"]) });
      return { ...base, message: `Weight of ${name(slot)} must be a number greater than 0.` };
    }
    case "E14": {
      const slot = pickOne(rnd, [0, 1] as const);
      const v = String(int(rnd, 0, 50));
      settings.push({ step: 2, slot, field: "normalisation", value: "thresholds" });
      settings.push({ step: 2, slot, field: "bad", value: v });
      settings.push({ step: 2, slot, field: "good", value: rnd() < 0.7 ? v : "" });
      return { ...base, message: `${name(slot)}: enter different "bad" and "good" values.` };
    }
    case "E15":
      settings.push({ step: 2, slot: 1, field: "name", value: pickOne(rnd, ["usage", "USAGE"]) });
      return { ...base, message: "Each metric needs a unique name." };
    case "E16": {
      const [red, green] = pickOne(rnd, [
        ["70", "40"],
        ["50", "50"],
        ["-5", "70"],
        ["40", "101"],
        ["x", "70"],
      ]);
      settings.push(
        { step: 3, field: "red", value: red },
        { step: 3, field: "green", value: green }
      );
      return { ...base, message: "Red must be below green, both between 0 and 100." };
    }
    case "E17":
      settings.push({
        step: 3,
        field: "trend-threshold",
        value: pickOne(rnd, ["0", "-1", "-0.5"]),
      });
      return { ...base, message: "The trend threshold must be greater than 0." };
    case "E18":
      picks[0] = { slot: "ids", address: `'Health Score'!A1:A${n + 1}` };
      return { ...base, message: "Account ids is on a sheet the add-in manages (Health Score)." };
    case "E20":
      return {
        ...base,
        protect: true,
        message: "Unprotect the workbook structure so a sheet can be added.",
      };
    case "W01": {
      const bad = rows(rnd, n, int(rnd, 1, Math.floor(n / 2) - 1));
      bad.forEach((r) => set(cells, r, 1, pickOne(rnd, ["n/a", "-", { error: "#N/A" }])));
      return {
        ...base,
        message: `Usage: ${bad.length === 1 ? "1 cell is not a number" : `${bad.length} cells are not numbers`} (${[...bad.slice(0, 5).map((r) => `B${r}`), ...(bad.length > 5 ? ["…"] : [])].join(", ")}) and ${bad.length === 1 ? "is" : "are"} left out.`,
      };
    }
    case "W02": {
      const keep = int(rnd, 1, 2);
      const kept = new Set(rows(rnd, n, keep));
      for (let r = 2; r <= n + 1; r++) if (!kept.has(r)) set(cells, r, 2, null);
      return {
        ...base,
        message: `Tickets has only ${keep} numeric ${keep === 1 ? "value" : "values"}.`,
      };
    }
    case "W03": {
      const v = int(rnd, 0, 9);
      for (let r = 2; r <= n + 1; r++) set(cells, r, 1, v);
      return {
        ...base,
        message:
          "All numeric values of Usage are equal, so its component is 1 for everyone (consider thresholds).",
      };
    }
    case "W04": {
      const out = rows(rnd, n, int(rnd, 1, n));
      out.forEach((r) => set(cells, r, 3, rnd() < 0.5 ? 100 + int(rnd, 1, 50) : -int(rnd, 1, 50)));
      picks.push({ slot: "previousScore", address: col("D", n) });
      return {
        ...base,
        message: `${out.length} ${out.length === 1 ? "previous score is" : "previous scores are"} outside 0–100.`,
      };
    }
    case "W05": {
      const bad = rows(rnd, n, int(rnd, 1, Math.floor(n / 2) - 1));
      bad.forEach((r) => set(cells, r, 4, pickOne(rnd, ["n/a", "tbd"])));
      picks.push({ slot: "revenue", address: col("E", n) });
      return {
        ...base,
        message: `${bad.length} ${bad.length === 1 ? "revenue cell is not a number" : "revenue cells are not numbers"}.`,
      };
    }
    case "W06":
      picks.push({ slot: "revenue", address: col("B", n) });
      return { ...base, message: "The same range is used twice (Usage, Revenue)." };
    case "W07": {
      const spaced = rows(rnd, n, int(rnd, 1, n));
      spaced.forEach((r) =>
        set(cells, r, 0, rnd() < 0.5 ? ` ${cells[r - 1][0]}` : `${cells[r - 1][0]}  `)
      );
      return {
        ...base,
        message: `${spaced.length} ${spaced.length === 1 ? "account id has" : "account ids have"} leading or trailing spaces.`,
      };
    }
    case "W08": {
      const flags = rows(rnd, n, int(rnd, 1, Math.floor(n / 2) - 1));
      flags.forEach((r) => set(cells, r, 2, rnd() < 0.5));
      return {
        ...base,
        message: `Tickets contains ${flags.length} TRUE/FALSE ${flags.length === 1 ? "value (Excel treats it" : "values (Excel treats them"} as missing; LibreOffice as 1/0).`,
      };
    }
    default:
      throw new Error(code);
  }
}

const CODES = [
  "E04",
  "E05",
  "E06",
  "E08",
  "E09",
  "E10",
  "E11",
  "E12",
  "E13",
  "E14",
  "E15",
  "E16",
  "E17",
  "E18",
  "E20",
  "W01",
  "W02",
  "W03",
  "W04",
  "W05",
  "W06",
  "W07",
  "W08",
];

/**
 * Runs one case in the page through the pane's controls. Self-contained (sent as source text):
 * reset the pane, type the sheet, pick, set fields, then read the problem panel and the writes.
 */
async function runCase(book: FakeWorkbook, c: Case): Promise<Outcome> {
  const $ = (selector: string) => document.querySelector(selector) as HTMLElement | null;
  const tick = () => new Promise((resolve) => setTimeout(resolve, 2));
  async function until<T>(probe: () => T | undefined | false, ms = 5000): Promise<T | undefined> {
    const end = Date.now() + ms;
    for (;;) {
      const got = probe();
      if (got) return got;
      if (Date.now() > end) return undefined;
      await tick();
    }
  }
  const change = (control: HTMLInputElement | HTMLSelectElement, value: string) => {
    control.value = value;
    control.dispatchEvent(new Event("change"));
  };
  const metricBlock = (slot: number) =>
    document.querySelectorAll<HTMLElement>('.cs-step fieldset[data-role^="m"]')[slot];
  const block = (slot: Slot) =>
    typeof slot === "number" ? metricBlock(slot) : $(`fieldset[data-role="${slot}"]`);
  const goTo = async (step: number) => {
    $(`#cs-step-${step}`)?.click();
    await until(() => $(`#cs-step-${step}[aria-current="step"]`));
  };
  const clickAll = async (selector: string) => {
    for (let next = $(selector); next; next = $(selector)) {
      next.click();
      await tick();
    }
  };

  // Reset: a new sheet, no ranges, two empty metric slots, default bands and trend.
  const sheetChoice = $("#cs-sheet") as HTMLSelectElement | null;
  if (sheetChoice && sheetChoice.value !== "") change(sheetChoice, "");
  await goTo(1);
  await clickAll('[id$="-remove"]');
  await clickAll('[id$="-clear"]');
  for (let i = 0; i < 2; i++) $("#cs-add-metric")!.click();
  await until(() => !document.querySelector(".cs-problem"));
  if (book.sheetNames.includes("Fuzz")) book.deleteSheet("Fuzz");
  book.addSheet("Fuzz", c.cells);
  if (c.protect) book.protectStructure(true);
  const before = book.snapshot();
  const writes = book.writeLog.length;

  const unshown: string[] = [];
  for (const p of c.picks) {
    const bang = p.address.lastIndexOf("!");
    const sheet = p.address.slice(0, bang).replace(/^'(.*)'$/, "$1");
    book.select(sheet, p.address.slice(bang + 1));
    const pickButton = block(p.slot)!.querySelector<HTMLButtonElement>('[id$="-pick"]')!;
    const id = pickButton.id;
    pickButton.click();
    const shown = p.shown ?? p.address;
    const picked = await until(
      () =>
        document.getElementById(id)?.closest("fieldset")?.querySelector(".cs-address")
          ?.textContent === shown
    );
    if (!picked) unshown.push(shown);
    if (p.header !== undefined) {
      const box = await until(() =>
        document
          .getElementById(id)
          ?.closest("fieldset")
          ?.querySelector<HTMLInputElement>('input[type="checkbox"]')
      );
      if (box && box.checked !== p.header) box.click();
    }
  }
  for (const s of c.settings) {
    await goTo(s.step);
    const key = s.slot === undefined ? "" : metricBlock(s.slot).dataset.role;
    const id = s.slot === undefined ? `cs-${s.field}` : `cs-${key}-${s.field}`;
    const control = await until(() => document.getElementById(id) as HTMLInputElement | null);
    change(control!, s.value);
  }

  const message = (node: Element) => node.querySelector(".cs-problem-message")?.textContent;
  const matching = () =>
    [...document.querySelectorAll(`.cs-problem[data-code="${c.code}"]`)].some(
      (node) => message(node) === c.message
    );
  let found = !!(await until(matching));
  if (found) {
    // Settled: the panel still shows it once no check is pending.
    await new Promise((resolve) => setTimeout(resolve, 30));
    found = matching();
  }
  const panel = [...document.querySelectorAll(".cs-problem")].map(
    (node) => `${(node as HTMLElement).dataset.code} ${message(node)}`
  );
  let buildEnabled: boolean | undefined;
  let status = "";
  await goTo(4);
  const buildButton = $("#cs-build") as HTMLButtonElement | null;
  buildEnabled = buildButton ? !buildButton.disabled : undefined;
  if (c.build && buildButton && !buildButton.disabled) {
    buildButton.click();
    status =
      (await until(() => {
        const text = $("#cs-status-text")?.textContent ?? "";
        return /^(Built|Nothing|Writing|Cancelled)/.test(text) && text;
      }, 20000)) || "";
  }

  const userSheets = [...before.sheets.values()].map((s) => s.name);
  const added = book.sheetNames.filter((name) => !userSheets.includes(name));
  const addinWritesOnUserSheets = book.writeLog
    .slice(writes)
    .filter((w) => userSheets.includes(w.sheet))
    .map((w) => `${w.sheet}!${w.address} ${w.what}`);
  const userChanges = book
    .diff(before)
    .filter((change) => userSheets.includes(change.sheet) && change.what !== "sheet-add");
  if (c.protect) book.protectStructure(false);
  // The user deletes what the build added, so the workbook stays small over 200 cases.
  added.forEach((name) => book.deleteSheet(name));
  // Bands and trend back to the defaults for the next case.
  if (c.settings.some((s) => s.step === 3)) {
    await goTo(3);
    for (const [field, value] of [
      ["red", "40"],
      ["green", "70"],
      ["trend-threshold", "10"],
    ])
      change(document.getElementById(`cs-${field}`) as HTMLInputElement, value);
  }
  return { found, panel, unshown, addinWritesOnUserSheets, userChanges, buildEnabled, status };
}

let playground: Playground;
let page: Page;

beforeAll(async () => {
  playground = await startPlayground();
  page = await playground.open();
  // A score sheet the add-in owns, for the E18 cases.
  await inBook(page, (book) =>
    book.addSheet("Owned source", [
      ["Account", "Usage"],
      ...Array.from({ length: 8 }, (_, i) => [`S-${i}`, i * 3]),
    ])
  );
  await pick(page, "cs-ids-pick", "'Owned source'!A1:A9");
  await pick(page, "cs-m0-pick", "'Owned source'!B1:B9");
  await page.click("#cs-step-4");
  await page.click("#cs-build");
  expect(await announced(page, /^(Built|Nothing|Writing)/)).toBe(
    "Built Health Score: 8 accounts, 1 metric"
  );
}, 120_000);

afterAll(() => playground?.close());

const cases = CODES.flatMap((code) =>
  Array.from({ length: CASES_PER_CODE }, (_, i) => makeCase(code, i))
);

test(`${cases.length} generated bad selections and settings: message shown, no user cell written`, async () => {
  expect(cases.length).toBeGreaterThanOrEqual(200);
  const start = performance.now();
  const failures: string[] = [];
  const perCode = new Map<string, number>();
  for (const c of cases) {
    const caseStart = performance.now();
    const outcome = await inBook(page, runCase, c);
    const spent = performance.now() - caseStart;
    perCode.set(c.code, (perCode.get(c.code) ?? 0) + spent);
    const wrong = [
      outcome.found
        ? ""
        : `expected "${c.code} ${c.message}", panel: ${JSON.stringify(outcome.panel)}`,
      outcome.unshown.length > 0 ? `pane never showed ${outcome.unshown.join(", ")}` : "",
      c.code.startsWith("E") && outcome.buildEnabled ? "Build enabled despite the error" : "",
      c.build && !outcome.status.startsWith("Built") ? `build: "${outcome.status}"` : "",
      outcome.addinWritesOnUserSheets.length > 0
        ? `wrote to user sheets: ${outcome.addinWritesOnUserSheets.slice(0, 3).join("; ")}`
        : "",
      outcome.userChanges.length > 0 ? `changed: ${JSON.stringify(outcome.userChanges[0])}` : "",
    ].filter(Boolean);
    if (wrong.length > 0) failures.push(`${c.id}: ${wrong.join(" | ")}`);
  }
  const seconds = (performance.now() - start) / 1000;
  const slowest = [...perCode].sort((a, b) => b[1] - a[1]).slice(0, 4);
  process.stdout.write(
    `${cases.length} generated cases in ${seconds.toFixed(1)} s; slowest codes: ` +
      `${slowest.map(([code, ms]) => `${code} ${(ms / 1000).toFixed(1)} s`).join(", ")}\n`
  );
  // The time is printed, not asserted: speed belongs to the benchmarks, not to a unit test.
  expect(failures).toEqual([]);
});

test("no request left the machine, no dialog opened, the page raised no error", () => {
  expect(playground.offline.blocked).toEqual([]);
  expect(playground.dialogs).toEqual([]);
  expect(playground.errors).toEqual([]);
});
