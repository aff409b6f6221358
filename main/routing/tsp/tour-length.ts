import type { MatrixArray } from '../travel/matrix'

/** Length of a closed tour over matrix indices. */
export function tourLength(order: ArrayLike<number>, cost: MatrixArray, size: number): number {
  let sum = 0
  for (let i = 0; i < order.length; i++) sum += cost[order[i]! * size + order[(i + 1) % order.length]!]!
  return sum
}
