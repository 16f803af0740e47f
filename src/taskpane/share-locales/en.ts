/**
 * English strings of the Share tab (docs in README "Sharing workbooks with finance"). They live
 * in the Share tab's own chunk, loaded when the tab is first opened, so the pane's main bundle
 * does not carry them. Every locale file has exactly these keys (typed and tested).
 */
export const SHARE_EN = {
  shareTitle: "Share with finance",
  shareIntro:
    "Colleagues without the add-in see #NAME? in cells with CS functions. Make shareable replaces them with built-in Excel formulas, or with their values, and keeps the originals so Restore can put them back.",
  shareCheck: "Check workbook",
  shareMake: "Make shareable",
  shareRestore: "Restore",
  shareRestoreWhich: "Restore the CS formulas of",
  shareAllSheets: "All sheets",
  shareChecking: "Checking the workbook…",
  shareConverting: "Converting…",
  shareRestoring: "Restoring…",
  shareNothing: "No cell of this workbook calls a CS function.",
  shareReport: "Report",
  shareSheetLine: "{sheet}: cells with CS functions: {cells}",
  shareFunctionCount: "{name}: {cells}",
  shareProtected:
    "Protected sheet: its cells are listed, never changed, and the sheet is never unprotected.",
  shareOwned: "Health-score sheets already use built-in formulas and are not touched: {sheets}",
  shareRuleNative: "built-in formula",
  shareRuleValue: "value",
  shareRuleKept: "stays as CS",
  shareCellsTitle: "Cells",
  shareMore: "… and {n} more",
  shareProblems: "Problems",
  shareNoProblems: "No problems.",
  shareSummaryNative:
    "{native, plural, one {{native} formula now uses} other {{native} formulas now use}} only built-in Excel functions",
  shareSummaryFrozen:
    "{count, plural, one {{count} cell was} other {{count} cells were}} frozen as values ({reason}): {cells}",
  shareSummaryKept:
    "{count, plural, one {{count} cell keeps its} other {{count} cells keep their}} CS formula (listed under Problems)",
  shareSentence: "{parts}.",
  shareSentenceJoin: "; ",
  shareCancelled: "Cancelled. The workbook is as it was.",
  shareFailed:
    "Share stopped: {message}. Cells already converted were given back their CS formulas.",
  shareRestored: "Cells given back their CS formula: {restored}.",
  shareRecordRemoved: "Every CS formula is back; the record of original formulas was removed.",
  shareEdited: "Changed since Make shareable, so not overwritten: {cells}",
  shareUnreadable: "Rows of the record that could not be read were left alone: {count}",
  shareNothingRecorded: "Nothing to restore: no cell was converted in this workbook.",
  reasonMedianNeedsArray: "TTV median: no native formula before Excel 365",
  reasonCriteriaRangeNotReference: "a range argument is a calculation, not a cell range",
  reasonMethodUnknown: 'TTV: the method is not "mean" or "median"',
  reasonUnreadableFormula: "the formula could not be read",
  reasonUnknownFunction: "a CS function this version does not know",
  reasonArgumentMissing: "a required argument is empty",
  reasonTooManyArguments: "more arguments than the function takes",
  reasonSpillInsideFormula: "a spilled result inside a larger formula",
  reasonExternalReference: "it refers to another workbook",
  reasonValueDiffers: "the built-in formula gives {actual} on this data, the function {expected}",
  reasonUnreadableReference: "it refers to cells that cannot be read",
  reasonUncachedReference: "it refers to a formula without a value",
  reasonStaleValue: "the cell's value is out of date",
  reasonNotCheckable: "the built-in formula could not be checked",
  reasonProtectedSheet: "the sheet is protected",
  reasonNoValue: "the cell shows no value to keep",
  reasonDefinedName: "a defined name: not changed",
  reasonSpillBlocked: "the cells its result spills into hold formulas",
};

export type ShareKey = keyof typeof SHARE_EN;
export type ShareStrings = Readonly<Record<ShareKey, string>>;
