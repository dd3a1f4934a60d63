import { describe, expect, it } from "vitest";
import { intervalBlocks, mergeIntervals, missingIntervals, truncateIntervals } from "./intervals";

describe("intervals", () => {
  it("merges overlapping and adjacent ranges", () => {
    expect(
      mergeIntervals([
        [10, 20],
        [0, 5],
        [6, 9],
        [30, 40],
        [35, 36],
      ]),
    ).toEqual([
      [0, 20],
      [30, 40],
    ]);
  });

  it("plans only the gaps", () => {
    expect(missingIntervals([0, 100], [])).toEqual([[0, 100]]);
    expect(missingIntervals([0, 100], [[0, 100]])).toEqual([]);
    expect(
      missingIntervals(
        [0, 100],
        [
          [10, 20],
          [50, 60],
        ],
      ),
    ).toEqual([
      [0, 9],
      [21, 49],
      [61, 100],
    ]);
    expect(
      missingIntervals(
        [15, 55],
        [
          [10, 20],
          [50, 60],
        ],
      ),
    ).toEqual([[21, 49]]);
    expect(missingIntervals([5, 8], [[10, 20]])).toEqual([[5, 8]]);
  });

  it("truncates above a block and counts blocks", () => {
    expect(
      truncateIntervals(
        [
          [0, 10],
          [20, 30],
        ],
        25,
      ),
    ).toEqual([
      [0, 10],
      [20, 25],
    ]);
    expect(
      truncateIntervals(
        [
          [0, 10],
          [20, 30],
        ],
        15,
      ),
    ).toEqual([[0, 10]]);
    expect(
      intervalBlocks([
        [0, 9],
        [5, 14],
        [20, 20],
      ]),
    ).toBe(16);
  });
});
