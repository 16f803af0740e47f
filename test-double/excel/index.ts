/**
 * The in-browser fake of the Office.js Excel API the add-in uses (issue #6): Excel.run, request
 * contexts and sync, worksheets, ranges, formats, conditional formats, validation, names,
 * selection and document settings, with Office.js semantics (queued writes applied at sync,
 * load-before-read, null objects, the 5 MB payload limits). Formula cells are computed by
 * src/formula; what it cannot compute shows as #UNSUPPORTED! and is listed in
 * `book.unsupported`, never guessed. Runs in Node (jest) and in the browser: no Node APIs.
 */
import type { ExcelHost } from "../../src/excel/excel-host";
import type { ExcelContext } from "../../src/excel/excel-surface";
import { FakeWorkbook, CellInput, parseAreas, toContent } from "./book";
import { FakeContext, supportsVersion } from "./context";
import { SheetModel, WorkbookModel } from "./model";
import { FakeWorkbookApi } from "./workbook-api";

export type { CellInput, CellView } from "./book";
export type { BookSnapshot, Change } from "./snapshot";
export type { WriteRecord, WriteKind, UnsupportedRecord } from "./model";
export { FakeWorkbook } from "./book";
export { FakeRichApiError } from "./errors";
export { PAYLOAD_LIMIT } from "./context";

export interface FakeExcelOptions {
  readonly sheets: readonly {
    readonly name: string;
    readonly cells: readonly (readonly CellInput[])[];
  }[];
  /** The user's selection; `address` may have several areas ("A1:A10,C1:C10"). Default: A1. */
  readonly selection?: { readonly sheet: string; readonly address: string };
  /** `Office.context.displayLanguage`; default "en-US". */
  readonly displayLanguage?: string;
  /** Highest ExcelApi requirement set supported; default "1.12". */
  readonly apiVersions?: string;
  readonly structureProtected?: boolean;
  /** Document settings already saved in the file. */
  readonly settings?: Record<string, unknown>;
}

const copy = <T>(v: T): T => (v === undefined ? v : JSON.parse(JSON.stringify(v)));

function settingsOf(model: WorkbookModel): ExcelHost["settings"] {
  return {
    get: (name: string) => (name in model.settings ? copy(model.settings[name]) : null),
    set: (name: string, value: unknown) => {
      model.settings[name] = copy(value);
    },
    saveAsync: ((...args: unknown[]) => {
      const callback = args.find((a) => typeof a === "function") as
        ((result: Office.AsyncResult<void>) => void) | undefined;
      model.savedSettings = copy(model.settings);
      model.settingsSaves++;
      setTimeout(() =>
        callback?.({ status: "succeeded", value: undefined } as unknown as Office.AsyncResult<void>)
      );
    }) as Office.Settings["saveAsync"],
  };
}

export function createFakeExcel(options: FakeExcelOptions): {
  host: ExcelHost;
  book: FakeWorkbook;
} {
  const model = new WorkbookModel(
    options.displayLanguage ?? "en-US",
    options.apiVersions ?? "1.12"
  );
  for (const spec of options.sheets) {
    const sheet = new SheetModel(spec.name);
    spec.cells.forEach((row, r) =>
      row.forEach((input, c) => {
        const content = toContent(input);
        if (content !== undefined) sheet.column(c).cells.set(r, content);
      })
    );
    model.sheets.push(sheet);
  }
  if (model.sheets.length === 0) model.sheets.push(new SheetModel("Sheet1"));
  const selected = options.selection
    ? model.requireSheet(options.selection.sheet)
    : model.sheets[0];
  model.activeSheet = selected;
  model.selection = {
    sheet: selected,
    areas: options.selection
      ? parseAreas(options.selection.address)
      : [{ top: 0, left: 0, bottom: 0, right: 0 }],
  };
  model.structureProtected = options.structureProtected ?? false;
  model.settings = copy(options.settings ?? {});
  model.savedSettings = copy(options.settings ?? {});

  const host: ExcelHost = {
    async run<T>(batch: (context: ExcelContext) => Promise<T>): Promise<T> {
      const context = new FakeContext(model, (c) => new FakeWorkbookApi(c));
      const result = await batch(context);
      if (context.hasPendingRequests) await context.sync();
      return result;
    },
    settings: settingsOf(model),
    displayLanguage: model.displayLanguage,
    isSetSupported: (name, version) =>
      name.toLowerCase() === "excelapi" && supportsVersion(model.apiVersion, version),
  };
  return { host, book: new FakeWorkbook(model) };
}
