/**
 * Error messages in Office's display language, through the built bundle (dist/functions.js) as
 * Excel loads it: Office.context.displayLanguage picks the catalogue (functions.md §9), an error
 * received as input keeps its own message, and any other language gets English. Expected texts
 * are written out by hand from the translated templates; in Arabic and Persian every value sits
 * in a first-strong isolate (U+2068 … U+2069).
 */
import { loadBundle, RuntimeError, RuntimeErrorShape } from "../support/bundle";
import { CASE_FUNCTIONS, decodeArgs, isExpectedError, loadCases } from "../support/cases";

const FSI = "\u2068";
const PDI = "\u2069";
const iso = (value: string) => `${FSI}${value}${PDI}`;

/** The error a function returns for `args` in an Excel whose display language is `language`. */
function errorIn(language: string, id: string, ...args: unknown[]): [string, string] {
  const bundle = loadBundle({ customFunctionsRuntime: "1.4", displayLanguage: language });
  const result = bundle.functions.get(id)!(...args) as RuntimeErrorShape;
  expect(result).toBeInstanceOf(RuntimeError);
  return [result.code, result.message];
}

describe('CS.CHURN("abc", 5): #VALUE!, customers_at_start is text', () => {
  it.each([
    ["ar-SA", `يجب أن تكون قيمة ${iso("customers_at_start")} رقمًا، لا نصًا ولا TRUE/FALSE.`],
    ["ar-EG", `يجب أن تكون قيمة ${iso("customers_at_start")} رقمًا، لا نصًا ولا TRUE/FALSE.`],
    ["fa-IR", `مقدار ${iso("customers_at_start")} باید عدد باشد، نه متن یا TRUE/FALSE.`],
    ["ro-RO", "customers_at_start trebuie să fie un număr, nu text sau TRUE/FALSE."],
    ["zh-CN", "customers_at_start 必须是数字，不能是文本或 TRUE/FALSE。"],
    ["zh-Hans-SG", "customers_at_start 必须是数字，不能是文本或 TRUE/FALSE。"],
    ["en-US", "customers_at_start must be a number, not text or TRUE/FALSE."],
  ])("in %s", (language, message) => {
    expect(errorIn(language, "CHURN", "abc", 5)).toEqual(["#VALUE!", message]);
  });
});

describe("CS.CHURN(2×3 range, 5): #VALUE!, the numbers stay as they are", () => {
  const range = [
    [1, 2, 3],
    [4, 5, 6],
  ];
  it.each([
    [
      "ar-SA",
      `يجب أن تكون ${iso("customers_at_start")} قيمة واحدة، لا نطاقًا (الصفوف: ${iso("2")}، الأعمدة: ${iso("3")}).`,
    ],
    [
      "fa-IR",
      `مقدار ${iso("customers_at_start")} باید یک مقدار تکی باشد، نه محدوده‌ای با ${iso("2")} سطر و ${iso("3")} ستون.`,
    ],
    ["ro-RO", "customers_at_start trebuie să fie o singură valoare, nu o zonă de 2×3."],
    ["zh-CN", "customers_at_start 必须是单个值，而不是 2×3 的区域。"],
  ])("in %s", (language, message) => {
    expect(errorIn(language, "CHURN", range, 5)).toEqual(["#VALUE!", message]);
  });
});

test("a negative score keeps its sign inside an isolate in Arabic (#NUM!)", () => {
  expect(errorIn("ar-SA", "NPS", [[10], [-1]])).toEqual([
    "#NUM!",
    `في ${iso("scores")}: قيمة العنصر ${iso("2")} هي ${iso("-1")}، وهي خارج المدى من ${iso("0")} إلى ${iso("10")}.`,
  ]);
});

describe("an error received as input keeps its own code and message", () => {
  it.each(["ar-SA", "fa-IR", "ro-RO", "zh-CN"])("in %s", (language) => {
    const bundle = loadBundle({ customFunctionsRuntime: "1.4", displayLanguage: language });
    const input = bundle.makeError("#N/A", "Lookup found nothing");
    const result = bundle.functions.get("CHURN")!(input, 5) as RuntimeErrorShape;
    expect([result.code, result.message]).toEqual(["#N/A", "Lookup found nothing"]);
  });
});

describe("a function that throws (a bug) reports it in the display language, as one #VALUE!", () => {
  const hostile = {
    get type(): string {
      throw new TypeError("boom");
    },
  };
  it.each([
    [
      "ar-SA",
      `تعذّر تنفيذ ${iso("CS.NPS")} بسبب خطأ غير متوقع (${iso("boom")}). يُرجى الإبلاغ عنه مع الصيغة ومُدخلاتها.`,
    ],
    [
      "fa-IR",
      `اجرای ${iso("CS.NPS")} با خطای غیرمنتظره‌ای متوقف شد (${iso("boom")}). لطفاً آن را همراه با فرمول و ورودی‌هایش گزارش دهید.`,
    ],
    [
      "ro-RO",
      "CS.NPS a eșuat în mod neașteptat (boom). Vă rugăm să raportați problema împreună cu formula și datele ei de intrare.",
    ],
    ["zh-CN", "CS.NPS 意外失败（boom）。请将此问题连同公式及其输入一起报告。"],
  ])("in %s", (language, message) => {
    expect(errorIn(language, "NPS", [[hostile]])).toEqual(["#VALUE!", message]);
  });
});

describe("any other display language gets English", () => {
  it.each(["de-DE", "zh-TW", "zh-Hant-HK", "arn-CL", "", "xx"])("%p", (language) => {
    expect(errorIn(language, "CHURN", "abc", 5)).toEqual([
      "#VALUE!",
      "customers_at_start must be a number, not text or TRUE/FALSE.",
    ]);
  });
});

/** Every error row of every spec table, with its English message from the table. */
const ERROR_ROWS = CASE_FUNCTIONS.flatMap((name) =>
  loadCases(name).rows.flatMap((row) =>
    isExpectedError(row.expect) && row.expect.id !== "input-error"
      ? [{ name, n: row.n, args: row.args, english: row.expect.message }]
      : []
  )
);

describe.each(["ar-SA", "fa-IR", "ro-RO", "zh-CN"])("every spec-table error in %s", (language) => {
  const bundle = loadBundle({ customFunctionsRuntime: "1.4", displayLanguage: language });

  test.each(ERROR_ROWS.map((row) => [`${row.name} row ${row.n}`, row] as const))(
    "%s: translated, with the English message's numbers and names",
    (_title, row) => {
      const result = bundle.functions.get(row.name)!(...decodeArgs(row.args, bundle.makeError));
      const message = (result as RuntimeErrorShape).message.replace(/[\u2068\u2069]/g, "");
      expect(message).not.toBe(row.english);
      const tokens = (text: string) => text.match(/-?\d+(?:\.\d+)?|\b[a-z]+(?:_[a-z0-9]+)+\b/g);
      expect((tokens(message) ?? []).sort()).toEqual((tokens(row.english) ?? []).sort());
    }
  );
});
