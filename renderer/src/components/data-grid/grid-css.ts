import type { GlobalToken } from 'antd'

/** Paints a translucent token colour over an opaque one, so sticky cells never show through. */
const layer = (over: string, base: string) => `linear-gradient(${over}, ${over}), ${base}`

/**
 * The grid's stylesheet, built from the antd theme tokens (light or dark). Class-based so hover
 * and selection restyle rows without re-rendering them.
 */
export function gridCss(t: GlobalToken, rowHeight: number, headerHeight: number): string {
  const cellBg = t.colorBgContainer
  const headBg = layer(t.colorFillAlter, t.colorBgContainer)
  return `
.zg-grid { position: relative; overflow: auto; border: 1px solid ${t.colorBorderSecondary};
  border-radius: ${t.borderRadiusLG}px; background: ${cellBg}; font-size: ${t.fontSize}px;
  color: ${t.colorText}; user-select: none; outline: none; }
.zg-grid:focus-visible { box-shadow: 0 0 0 2px ${t.colorPrimaryBorder}; }
.zg-grid-head { position: sticky; top: 0; z-index: 3; display: flex; height: ${headerHeight}px; }
.zg-grid-th { display: flex; align-items: center; gap: 2px; box-sizing: border-box; flex: none;
  height: ${headerHeight}px; padding: 0 4px 0 8px; background: ${headBg};
  border-bottom: 1px solid ${t.colorBorderSecondary}; font-weight: ${t.fontWeightStrong}; }
.zg-grid-cell.is-pinned { z-index: 1; }
.zg-grid-th.is-pinned { z-index: 2; }
.zg-grid-sort { all: unset; display: flex; align-items: center; gap: 4px; flex: 1; min-width: 0;
  height: 100%; cursor: pointer; }
.zg-grid-sort:focus-visible, .zg-grid-pin:focus-visible {
  outline: 2px solid ${t.colorPrimaryBorder}; }
.zg-grid-sort-label { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.zg-grid-sort-icon { display: inline-flex; flex-direction: column; font-size: 10px;
  line-height: 0.7; color: ${t.colorTextQuaternary}; }
.zg-grid-sort-icon .is-active { color: ${t.colorPrimary}; }
.zg-grid-pin { all: unset; display: inline-flex; align-items: center; justify-content: center;
  width: 22px; height: 22px; border-radius: ${t.borderRadiusSM}px; cursor: pointer; flex: none;
  color: ${t.colorTextQuaternary}; }
.zg-grid-th:hover .zg-grid-pin { color: ${t.colorTextSecondary}; }
.zg-grid-pin:hover { background: ${t.colorFillSecondary}; }
.zg-grid-pin.is-on, .zg-grid-th:hover .zg-grid-pin.is-on { color: ${t.colorPrimary}; }
.zg-grid-body { position: relative; }
.zg-grid.is-busy .zg-grid-body { opacity: 0.6; transition: opacity 0.2s; }
.zg-grid-row { position: absolute; left: 0; display: flex; height: ${rowHeight}px;
  cursor: pointer; }
.zg-grid-cell { box-sizing: border-box; flex: none; height: ${rowHeight}px;
  line-height: ${rowHeight - 1}px; padding: 0 8px; overflow: hidden; text-overflow: ellipsis;
  white-space: nowrap;
  border-bottom: 1px solid ${t.colorBorderSecondary}; background: ${cellBg}; }
.zg-grid-cell.is-end, .zg-grid-th.is-end { text-align: end; justify-content: flex-end; }
.zg-grid-th.is-end .zg-grid-sort { justify-content: flex-end; }
.zg-grid-row:hover .zg-grid-cell { background: ${layer(t.controlItemBgHover, cellBg)}; }
.zg-grid-row.is-selected .zg-grid-cell { background: ${layer(t.controlItemBgActive, cellBg)}; }
.zg-grid-row.is-selected:hover .zg-grid-cell {
  background: ${layer(t.controlItemBgActiveHover, cellBg)}; }
.is-pinned-last {
  box-shadow: inset -1px 0 0 ${t.colorBorderSecondary}, 6px 0 6px -6px ${t.colorFillContent}; }
.zg-grid-check { display: flex; align-items: center; justify-content: center; height: 100%;
  margin: 0 -8px; cursor: default; }
.zg-grid-check input { width: 16px; height: 16px; margin: 0; cursor: pointer;
  accent-color: ${t.colorPrimary}; }
.zg-grid-link { all: unset; color: ${t.colorLink}; cursor: pointer; overflow: hidden;
  text-overflow: ellipsis; white-space: nowrap; max-width: 100%; }
.zg-grid-link:hover { color: ${t.colorLinkHover}; }
.zg-grid-link:focus-visible { outline: 2px solid ${t.colorPrimaryBorder}; }
.zg-grid-empty { position: sticky; left: 0; display: flex; align-items: center;
  justify-content: center; padding: 48px 0; }
`
}
