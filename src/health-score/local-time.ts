/** Excel serial dates (days since 1899-12-30) of local wall-clock time. */

const MS_PER_DAY = 86_400_000;
/** 1970-01-01 as an Excel serial date. */
const UNIX_EPOCH_SERIAL = 25_569;
const MINUTES_PER_DAY = 1440;

/**
 * `date` in local time as an Excel serial, truncated to the whole minute: what a user typing
 * `yyyy-mm-dd hh:mm` into a cell gets, so a typed baseline matches a stamped snapshot
 * (docs/health-score.md, "History and snapshots").
 */
export function localSerialMinute(date: Date): number {
  const localMs = date.getTime() - date.getTimezoneOffset() * 60_000;
  return Math.floor((localMs / MS_PER_DAY + UNIX_EPOCH_SERIAL) * MINUTES_PER_DAY) / MINUTES_PER_DAY;
}
