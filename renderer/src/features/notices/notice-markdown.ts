/**
 * WeCom's markdown subset (spec: application message markdown) parsed into plain data, so the
 * preview renders React nodes and never injects HTML: headings, bold, links, inline code,
 * quotes and <font color="info|comment|warning">.
 */
export type Inline =
  | { kind: 'text'; text: string }
  | { kind: 'bold'; text: string }
  | { kind: 'code'; text: string }
  | { kind: 'link'; text: string; href: string }
  | { kind: 'font'; text: string; color: 'info' | 'comment' | 'warning' }

export type Block =
  | { kind: 'heading'; level: number; inlines: Inline[] }
  | { kind: 'quote'; inlines: Inline[] }
  | { kind: 'para'; inlines: Inline[] }
  | { kind: 'blank' }

const TOKEN = /\*\*(.+?)\*\*|`([^`]+)`|\[([^\]]+)\]\(([^)\s]+)\)|<font color="(info|comment|warning)">(.*?)<\/font>/g

export function parseInline(line: string): Inline[] {
  const out: Inline[] = []
  let last = 0
  for (const m of line.matchAll(TOKEN)) {
    if (m.index > last) out.push({ kind: 'text', text: line.slice(last, m.index) })
    if (m[1] !== undefined) out.push({ kind: 'bold', text: m[1] })
    else if (m[2] !== undefined) out.push({ kind: 'code', text: m[2] })
    else if (m[3] !== undefined) out.push({ kind: 'link', text: m[3], href: m[4] ?? '' })
    else out.push({ kind: 'font', color: m[5] as 'info' | 'comment' | 'warning', text: m[6] ?? '' })
    last = m.index + m[0].length
  }
  if (last < line.length) out.push({ kind: 'text', text: line.slice(last) })
  return out
}

export function parseMarkdown(text: string): Block[] {
  return text.split('\n').map((line): Block => {
    const heading = /^(#{1,6})\s+(.*)$/.exec(line)
    if (heading) return { kind: 'heading', level: heading[1]!.length, inlines: parseInline(heading[2] ?? '') }
    if (line.startsWith('>')) return { kind: 'quote', inlines: parseInline(line.replace(/^>\s?/, '')) }
    if (line.trim() === '') return { kind: 'blank' }
    return { kind: 'para', inlines: parseInline(line) }
  })
}
