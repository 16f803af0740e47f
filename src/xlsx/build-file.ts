/**
 * Builds a health-score workbook from an .xlsx or .csv input: read, plan, write. Returns the
 * problems instead when any error stands. No file access: the caller owns I/O.
 */
import { basename, extname } from "path";
import {
  HealthScoreConfig,
  PlanSources,
  Problem,
  SheetPlan,
  planHealthScore,
  resolveRanges,
} from "../health-score";
import { csvSheetName, csvWorkbook, parseCsv } from "./csv";
import { WorkbookReadError, readInputWorkbook } from "./read-workbook";
import { writePlan } from "./write-workbook";
import { XmlError } from "./xml-scan";

export interface BuildInput {
  readonly file: string;
  readonly content: Buffer;
  readonly config: HealthScoreConfig;
  readonly buildId: string;
  readonly builtAt: number;
  readonly productVersion: string;
}

export type BuildResult =
  | { readonly ok: true; readonly plan: SheetPlan; readonly output: Buffer }
  | { readonly ok: false; readonly problems: readonly Problem[] };

export const isCsv = (file: string): boolean => extname(file).toLowerCase() === ".csv";

/** The workbook an input file stands for: itself, or its .csv rows as one sheet. */
export async function inputWorkbook(file: string, content: Buffer): Promise<Buffer> {
  if (!isCsv(file)) return content;
  const stem = basename(file, extname(file));
  return csvWorkbook(parseCsv(content.toString("utf8")), csvSheetName(stem));
}

export async function buildHealthScoreFile(input: BuildInput): Promise<BuildResult> {
  const workbook = await inputWorkbook(input.file, input.content);
  const read = await readInputWorkbook(workbook, input.file);
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
    return { ok: true, plan, output: writePlan(workbook, plan) };
  } catch (error) {
    // A part we must edit that no XML parser accepts: refuse rather than write a broken file.
    if (error instanceof XmlError)
      throw new WorkbookReadError(
        `${input.file} has a workbook part that is not well-formed XML (${error.message}); the output was not written.`
      );
    throw error;
  }
}
