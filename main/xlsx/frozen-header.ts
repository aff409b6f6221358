import { openZip, readPart, replacePart, writeZip } from './zip-parts'

/**
 * SheetJS CE ignores `!freeze` / `!views` and always writes a bare `<sheetView/>`, so the frozen
 * header row is added by rewriting that element in the finished file. If a SheetJS upgrade
 * changes the element this throws, and the write-sheet tests say so, rather than silently
 * shipping sheets whose header scrolls away.
 */

const BARE_VIEW = /<sheetView workbookViewId="0"\s*\/>/
const FROZEN_VIEW =
  '<sheetView workbookViewId="0">' +
  '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>' +
  '<selection pane="bottomLeft" activeCell="A2" sqref="A2"/>' +
  '</sheetView>'

export function freezeHeaderRow(
  xlsx: Uint8Array,
  sheetPart = 'xl/worksheets/sheet1.xml'
): Uint8Array {
  const zip = openZip(xlsx)
  const xml = readPart(zip, sheetPart)
  if (xml === undefined || !BARE_VIEW.test(xml)) {
    throw new Error(`cannot freeze the header row: no bare <sheetView> in ${sheetPart}`)
  }
  replacePart(zip, sheetPart, xml.replace(BARE_VIEW, FROZEN_VIEW))
  return writeZip(zip)
}
