/**
 * A coarse "is this point in mainland China" test for GCJ-02 coordinates, good enough to catch
 * typos, swapped columns and foreign points; it is not a border and never meant to be.
 *
 * Why not just the `outOfChina` check of GCJ-02 converters (lng 72.004–137.8347,
 * lat 0.8293–55.8271)? That box contains Seoul, Hanoi and Pyongyang. Instead: the mainland box
 * (lng 73.5–135.1, lat 18.1–53.6), then the rectangle set long used by coordinate converters
 * ("InChina": six rectangles covering China minus six cut-outs for Taiwan, northern Vietnam,
 * Mongolia and the Russian Far East), plus two cut-outs of ours for Kyrgyzstan and Nepal.
 * Known slack: Bhutan and parts of the border strip pass; Hong Kong and Macau pass (Chinese map
 * services show them); Taiwan and the far South China Sea islands fail.
 */

interface Box {
  west: number
  south: number
  east: number
  north: number
}

const MAINLAND_BOX: Box = { west: 73.5, south: 18.1, east: 135.1, north: 53.6 }

const REGION: readonly Box[] = [
  { west: 79.4462, south: 42.8899, east: 96.33, north: 49.2204 },
  { west: 109.6872, south: 39.3742, east: 135.0002, north: 54.1415 },
  { west: 73.1246, south: 29.5297, east: 124.143255, north: 42.8899 },
  { west: 82.9684, south: 26.7186, east: 97.0352, north: 29.5297 },
  { west: 97.0253, south: 20.414096, east: 124.367395, north: 29.5297 },
  { west: 107.975793, south: 17.871542, east: 111.744104, north: 20.414096 }
]

const EXCLUDED: readonly Box[] = [
  { west: 119.921265, south: 21.785006, east: 122.497559, north: 25.398623 }, // Taiwan
  { west: 101.8652, south: 20.0988, east: 106.665, north: 22.284 }, // northern Vietnam, Laos
  { west: 106.4525, south: 20.4878, east: 108.051, north: 21.5422 }, // Vietnam coast
  { west: 109.0323, south: 50.3257, east: 119.127, north: 55.8175 }, // Mongolia, Russia
  { west: 127.4568, south: 49.5574, east: 137.0227, north: 55.8175 }, // Russian Far East
  { west: 131.2662, south: 42.5692, east: 137.0227, north: 44.8922 }, // Vladivostok
  { west: 73.1246, south: 40.8, east: 76.0, north: 42.8899 }, // Kyrgyzstan (Bishkek)
  { west: 80.0, south: 26.3, east: 88.2, north: 27.9 } // Nepal (Kathmandu)
]

const inBox = (lng: number, lat: number, b: Box): boolean =>
  lng >= b.west && lng <= b.east && lat >= b.south && lat <= b.north

export function isInMainlandChina(lng: number, lat: number): boolean {
  if (!inBox(lng, lat, MAINLAND_BOX)) return false
  if (!REGION.some((b) => inBox(lng, lat, b))) return false
  return !EXCLUDED.some((b) => inBox(lng, lat, b))
}

/** True when the swapped pair would be in China: the columns were most likely filled backwards. */
export const looksSwapped = (lng: number, lat: number): boolean =>
  !isInMainlandChina(lng, lat) && isInMainlandChina(lat, lng)
