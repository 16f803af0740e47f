/** The workbook proxy: worksheets, selection, protection and calculation/screen suspension. */
import type {
  ExcelApplication,
  ExcelWorkbook,
  ExcelWorkbookProtection,
} from "../../src/excel/excel-surface";
import { FakeClientObject } from "./client-object";
import type { ProxyContext } from "./proxy-context";
import { richApiError } from "./errors";
import { WorkbookModel } from "./model";
import { FakeRangeAreas } from "./range-areas-api";
import { FakeWorksheetCollection } from "./worksheet-api";

class FakeWorkbookProtection
  extends FakeClientObject<WorkbookModel>
  implements ExcelWorkbookProtection
{
  constructor(context: ProxyContext) {
    super(context, () => context.model, "WorkbookProtection");
  }
  protected _scalars(): Record<string, (t: WorkbookModel) => unknown> {
    return { protected: (t) => t.structureProtected };
  }
  get protected(): boolean {
    return this._get("protected");
  }
}

class FakeApplication extends FakeClientObject<WorkbookModel> implements ExcelApplication {
  constructor(context: ProxyContext) {
    super(context, () => context.model, "Application");
  }
  protected _scalars(): Record<string, (t: WorkbookModel) => unknown> {
    return { calculationMode: () => "Automatic" };
  }
  get calculationMode(): string {
    return this._get("calculationMode");
  }
  /** Nothing to suspend in the fake, but the call must exist in the host's API version. */
  suspendApiCalculationUntilNextSync(): void {
    this._call("suspendApiCalculationUntilNextSync", [], () =>
      this._requires("1.6", "Application.suspendApiCalculationUntilNextSync")
    );
  }
  /** The fake computes on demand: a recalculation only drops the values computed so far. */
  calculate(calculationType: string): void {
    this._call("calculate", [calculationType], () => {
      if (!["Recalculate", "Full", "FullRebuild"].includes(calculationType))
        throw richApiError("InvalidArgument", `calculate("${calculationType}")`);
      this.context.model.changed();
    });
  }
  suspendScreenUpdatingUntilNextSync(): void {
    this._call("suspendScreenUpdatingUntilNextSync", [], () =>
      this._requires("1.9", "Application.suspendScreenUpdatingUntilNextSync")
    );
  }
}

export class FakeWorkbookApi extends FakeClientObject<WorkbookModel> implements ExcelWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly protection: FakeWorkbookProtection;
  readonly application: FakeApplication;

  constructor(context: ProxyContext) {
    super(context, () => context.model, "Workbook");
    this.worksheets = new FakeWorksheetCollection(context);
    this.protection = new FakeWorkbookProtection(context);
    this.application = new FakeApplication(context);
  }

  protected _scalars(): Record<string, (t: WorkbookModel) => unknown> {
    return { name: () => "Book1.xlsx" };
  }

  protected _children() {
    return { worksheets: () => this.worksheets, protection: () => this.protection };
  }

  get name(): string {
    return this._get("name");
  }

  getSelectedRanges(): FakeRangeAreas {
    return new FakeRangeAreas(this.context, () => {
      this._requires("1.9", "Workbook.getSelectedRanges");
      const { sheet, areas } = this.context.model.selection;
      return { sheet, areas };
    });
  }
}
