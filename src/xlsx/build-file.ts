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
  metricLimitProblems,
  planHealthScore,
  resolveRanges,
} from "../health-score";
import { CsvError, csvSheetName, decodeCsv, parseCsv } from "./csv";
import { csvInput, csvPackage } from "./csv-package";
import { InputWorkbook, WorkbookReadError, readInputWorkbook } from "./read-workbook";
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
}

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
    return { read: csvInput(table, sheetName), pkg: () => csvPackage(table, sheetName) };
  }
  let damage: ZipFormatError | undefined;
  try {
    // Every entry, read or only copied through, proven against its size and CRC in chunks first:
    // a zip bomb or a damaged part is refused before anything is read or written.
    await verifyArchive(content);
  } catch (error) {
    if (error instanceof ZipLimitError)
      throw new WorkbookReadError(`${file} is refused: ${error.message}.`);
    if (!(error instanceof ZipFormatError)) throw error;
    damage = error; // the reader names most damage (not a zip, encrypted) more precisely
  }
  const read = await readInputWorkbook(content, file);
  if (damage)
    throw new WorkbookReadError(`${file} is not a readable .xlsx workbook (${damage.message}).`);
  return { read, pkg: () => new WorkbookPackage(content) };
}

export async function buildHealthScoreFile(input: BuildInput): Promise<BuildResult> {
  const tooMany = metricLimitProblems(input.config);
  if (tooMany.length > 0) return { ok: false, problems: tooMany };
  const { read, pkg } = await readInput(input.file, input.content);
  const sources: PlanSources = {
    ranges: resolveRanges(input.config, read.sheets),
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
