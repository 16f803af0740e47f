import { apiSupport } from "../../src/excel/api-support";
import { STATE_KEY, loadState, saveState } from "../../src/excel/document-state";
import { ExcelHost } from "../../src/excel/excel-host";
import { HealthScoreConfig } from "../../src/health-score";

/** Settings as Office keeps them: set/get in memory, saveAsync calling back "succeeded"/"failed". */
function hostWith(saveFails = false): ExcelHost & { stored: Map<string, unknown>; saves: number } {
  const stored = new Map<string, unknown>();
  const host = {
    stored,
    saves: 0,
    run: () => Promise.reject(new Error("no workbook")),
    displayLanguage: "en-US",
    isSetSupported: (name: string, version: string) => name === "ExcelApi" && version <= "1.8",
    settings: {
      get: (key: string) => stored.get(key) ?? null,
      set: (key: string, value: unknown) => void stored.set(key, value),
      saveAsync: (callback?: (result: Office.AsyncResult<void>) => void) => {
        host.saves++;
        callback?.({
          status: (saveFails ? "failed" : "succeeded") as unknown as Office.AsyncResultStatus,
          error: { code: 5001, message: "Settings too large", name: "Error" },
        } as Office.AsyncResult<void>);
      },
    },
  };
  return host as unknown as ExcelHost & { stored: Map<string, unknown>; saves: number };
}

const CONFIG: HealthScoreConfig = {
  version: 1,
  ids: { range: "'My Sheet'!A:A" },
  metrics: [{ range: "'My Sheet'!B:B", name: 'Usage "30 d"', weight: 2 }],
  trendSource: "snapshots",
};

describe("document state", () => {
  it("round-trips the config through settings as JSON and saves", async () => {
    const host = hostWith();
    await saveState(host, CONFIG);
    expect(host.saves).toBe(1);
    expect(typeof host.stored.get(STATE_KEY)).toBe("string");
    expect(loadState(host)).toEqual(CONFIG);
  });

  it("rejects with Office's message when saving fails", async () => {
    await expect(saveState(hostWith(true), CONFIG)).rejects.toThrow("Settings too large");
  });

  it("ignores nothing saved and malformed values", () => {
    const host = hostWith();
    expect(loadState(host)).toBeUndefined();
    for (const bad of ["{not json", "[1]", '{"version":2}', "null", 42, '"text"'])
      expect((host.stored.set(STATE_KEY, bad), loadState(host))).toBeUndefined();
  });

  it("accepts a config object stored as an object", () => {
    const host = hostWith();
    host.stored.set(STATE_KEY, CONFIG);
    expect(loadState(host)).toEqual(CONFIG);
  });
});

describe("apiSupport", () => {
  it("asks for ExcelApi 1.9", () => {
    const asked: string[] = [];
    const host = {
      ...hostWith(),
      isSetSupported: (n: string, v: string) => (asked.push(`${n} ${v}`), false),
    };
    expect(apiSupport(host)).toBe(false);
    expect(asked).toEqual(["ExcelApi 1.9"]);
    expect(apiSupport({ ...host, isSetSupported: () => true })).toBe(true);
  });
});
