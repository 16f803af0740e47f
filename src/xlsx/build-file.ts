/**
 * Builds a health-score workbook from an .xlsx or .csv input: read, plan, and the package to
 * write (its new sheets streamed when written). Returns the problems instead when any error
 * stands. No file access: the caller owns I/O.
 */
import { basename, extname } from "path";
import {
  HealthScoreConfig,
  PlanSources,
  Problem,
  SheetPlan,
  configSheets,
  metricLimitProblems,
  planHealthScore,
  resolveRanges,
} from "../health-score";
import { CsvError, csvSheetName, decodeCsv, parseCsv } from "./csv";
import { csvInput, csvPackage } from "./csv-package";
import { InputWorkbook, WorkbookReadError, XlsxInput, readInputWorkbook } from "./read-workbook";
import { WorkbookPackage, addPlan } from "./write-workbook";
import { XmlError } from "./xml-scan";
import { ZipFormatError, verifyArchive } from "./zip";
import { ZipLimitError } from "./zip-limits";

export interface BuildInput {
  readonly file: string;
  readonly content: Buffer;
  readonly config: HealthScoreConfig;
  readonly buildId: string;
  readonly builtAt: number;
  readonly productVersion: string;
}

export type BuildResult =
  | { readonly ok: true; readonly plan: SheetPlan; readonly output: WorkbookPackage }
  | { readonly ok: false; readonly problems: readonly Problem[] };

export const isCsv = (file: string): boolean => extname(file).toLowerCase() === ".csv";

interface Input {
  readonly read: InputWorkbook;
  readonly pkg: () => WorkbookPackage;
  /** Proves every entry the reading did not inflate (sizes, CRCs) before anything is planned. */
  readonly verify: () => Promise<void>;
}

const refused = (file: string, error: unknown): unknown =>
  error instanceof ZipLimitError
    ? new WorkbookReadError(`${file} is refused: ${error.message}.`)
    : error;

async function readInput(file: string, content: Buffer): Promise<Input> {
  if (isCsv(file)) {
    const sheetName = csvSheetName(basename(file, extname(file)));
    let table;
    try {
      table = parseCsv(decodeCsv(content), basename(file));
    } catch (error) {
      if (error instanceof CsvError) throw new WorkbookReadError(error.message);
      throw error;
    }
    return {
      read: csvInput(table, sheetName),
      pkg: () => csvPackage(table, sheetName),
      verify: () => Promise.resolve(),
    };
  }
  let read: XlsxInput;
  try {
    // The directory's claims are checked when the package is opened; each part read is inflated
    // within its claimed size and checked against its CRC.
    read = await readInputWorkbook(content, file);
  } catch (error) {
    throw refused(file, error);
  }
  return {
    read,
    pkg: () => read.pkg,
    // Every entry only copied through, proven against its size and CRC in chunks: a zip bomb or
    // a damaged part is refused before anything is planned or written.
    verify: async () => {
      try {
        await verifyArchive(content, read.pkg.checkedParts);
      } catch (error) {
        if (error instanceof ZipFormatError && !(error instanceof ZipLimitError))
          throw new WorkbookReadError(
            `${file} is not a readable .xlsx workbook (${error.message}).`
          );
        throw refused(file, error);
      }
    },
  };
}

export async function buildHealthScoreFile(input: BuildInput): Promise<BuildResult> {
  const tooMany = metricLimitProblems(input.config);
  if (tooMany.length > 0) return { ok: false, problems: tooMany };
  const { read, pkg, verify } = await readInput(input.file, input.content);
  let ranges;
  try {
    await read.loadSheets(configSheets(input.config, read.sheets));
    ranges = resolveRanges(input.config, read.sheets);
  } catch (error) {
    throw refused(input.file, error);
  }
  await verify();
  const sources: PlanSources = {
    ranges,
    sheets: read.existing,
    structureProtected: read.structureProtected,
    buildId: input.buildId,
    builtAt: input.builtAt,
    productVersion: input.productVersion,
  };
  const plan = planHealthScore(input.config, sources);
  if (Array.isArray(plan)) return { ok: false, problems: plan };
  try {
    return { ok: true, plan, output: addPlan(pkg(), plan) };
  } catch (error) {
    // A part we must edit that no XML parser accepts: refuse rather than write a broken file.
    if (error instanceof XmlError)
      throw new WorkbookReadError(
        `${input.file} has a workbook part that is not well-formed XML (${error.message}); the output was not written.`
      );
    throw error;
  }
}
