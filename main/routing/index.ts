/** Public surface of the route solver (see README.md in this folder). */
export type * from './model'
export type { TravelMatrix, MatrixArray } from './travel/matrix'
export { haversineMatrix, haversineKm, DEFAULT_ROAD_MODEL, type LatLng, type RoadModel } from './travel/haversine'
export { euclideanMatrix, tsplibEuc2dMatrix, type Point } from './travel/euclidean'
export { solveVrptw } from './vrp/solve'
export { solveTsp, type TspOptions, type TspResult } from './tsp/solve-tsp'
export { nearestNeighbourTour } from './tsp/nearest-neighbour'
export { solveInWorker, type SpawnWorker, type WorkerSolveOptions } from './worker/solve-in-worker'
