import {
  ASSUMED_BYTES_PER_CELL,
  MAX_CELLS_PER_READ,
  MAX_READ_BYTES,
  afterBatch,
  chunkRows,
  measuredBytesPerCell,
  nextBatch,
} from "../../src/excel/read-chunks";

describe("chunkRows", () => {
  it("starts from the assumed density: 100,000 rows of one column per read", () => {
    expect(chunkRows(1)).toBe(MAX_READ_BYTES / ASSUMED_BYTES_PER_CELL);
    expect(chunkRows(1)).toBe(100_000);
  });

  it("never passes 5,000,000 cells, however small the cells", () => {
    expect(chunkRows(1, 0.1)).toBe(MAX_CELLS_PER_READ);
    expect(chunkRows(16_384, 0.1)).toBe(Math.floor(MAX_CELLS_PER_READ / 16_384));
  });

  it("keeps 4 MB for wide or dense blocks, and at least one row", () => {
    expect(chunkRows(10, 100) * 10 * 100).toBeLessThanOrEqual(MAX_READ_BYTES);
    expect(chunkRows(10, 100)).toBe(4_000);
    expect(chunkRows(1, 5_000_000)).toBe(1);
  });
});

describe("measuredBytesPerCell", () => {
  it("pads the measured density and keeps a floor", () => {
    expect(measuredBytesPerCell(3_000_000, 100_000)).toBe(37.5);
    expect(measuredBytesPerCell(10, 1_000)).toBe(ASSUMED_BYTES_PER_CELL / 4);
    expect(measuredBytesPerCell(0, 0)).toBe(ASSUMED_BYTES_PER_CELL / 4);
  });
});

describe("nextBatch / afterBatch", () => {
  const pending = [
    { key: 0, rows: 300, done: 0 },
    { key: 1, rows: 300, done: 0 },
    { key: 2, rows: 250_000, done: 0 },
  ];

  it("packs short columns into one read and splits a long one", () => {
    const first = nextBatch(pending, 100_000);
    expect(first).toEqual([
      { key: 0, offset: 0, rows: 300 },
      { key: 1, offset: 0, rows: 300 },
      { key: 2, offset: 0, rows: 99_400 },
    ]);
    const rest = afterBatch(pending, first);
    expect(rest).toEqual([{ key: 2, rows: 250_000, done: 99_400 }]);
    expect(nextBatch(rest, 100_000)).toEqual([{ key: 2, offset: 99_400, rows: 100_000 }]);
  });

  it("reads every row exactly once", () => {
    let rest = pending;
    const read = new Map<number, number>();
    while (rest.length > 0) {
      const batch = nextBatch(rest, 7_777);
      expect(batch.reduce((sum, s) => sum + s.rows, 0)).toBeLessThanOrEqual(7_777);
      for (const s of batch) {
        expect(s.offset).toBe(read.get(s.key) ?? 0);
        read.set(s.key, s.offset + s.rows);
      }
      rest = afterBatch(rest, batch);
    }
    expect([...read.entries()]).toEqual([
      [0, 300],
      [1, 300],
      [2, 250_000],
    ]);
  });
});
