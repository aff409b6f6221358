/**
 * A dense travel matrix: `time` decides feasibility, `cost` is what the solver minimises
 * (travel time in the app, distance in the benchmarks). Both may be the same array.
 */
export type MatrixArray = Float64Array | Int32Array

export interface TravelMatrix {
  size: number
  time: MatrixArray
  cost: MatrixArray
  /** Distance, when the caller wants it reported; defaults to `cost`. */
  distance?: MatrixArray
}

export function matrixFrom(size: number, fill: (i: number, j: number) => number): Float64Array {
  const m = new Float64Array(size * size)
  for (let i = 0; i < size; i++) for (let j = 0; j < size; j++) m[i * size + j] = i === j ? 0 : fill(i, j)
  return m
}
