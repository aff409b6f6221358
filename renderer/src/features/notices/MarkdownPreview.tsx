import { Typography } from 'antd'
import type { CSSProperties } from 'react'
import { parseMarkdown, type Inline } from './notice-markdown'

/** WeCom's three named colours, as its client shows them. */
const COLOURS: Record<'info' | 'comment' | 'warning', string> = {
  info: '#52c41a',
  comment: '#8c8c8c',
  warning: '#fa8c16'
}

function InlineNodes({ inlines }: { inlines: Inline[] }) {
  return (
    <>
      {inlines.map((x, i) => {
        if (x.kind === 'bold') return <strong key={i}>{x.text}</strong>
        if (x.kind === 'code') return <code key={i}>{x.text}</code>
        // Shown, not followed: the app window refuses navigation anyway.
        if (x.kind === 'link') return <Typography.Link key={i} title={x.href}>{x.text}</Typography.Link>
        if (x.kind === 'font') return <span key={i} style={{ color: COLOURS[x.color] }}>{x.text}</span>
        return <span key={i}>{x.text}</span>
      })}
    </>
  )
}

const QUOTE: CSSProperties = { borderLeft: '3px solid #d9d9d9', paddingLeft: 8, margin: 0, color: '#595959' }

/** The message as a guide's phone would show it; text messages keep their line breaks. */
export function MarkdownPreview({ text, markdown }: { text: string; markdown: boolean }) {
  if (!markdown) return <div data-testid="notice-preview-text" style={{ whiteSpace: 'pre-wrap' }}>{text}</div>
  return (
    <div data-testid="notice-preview-markdown">
      {parseMarkdown(text).map((b, i) => {
        if (b.kind === 'blank') return <div key={i} style={{ height: 8 }} />
        if (b.kind === 'heading') {
          return <div key={i} style={{ fontWeight: 600, fontSize: 18 - b.level }}><InlineNodes inlines={b.inlines} /></div>
        }
        if (b.kind === 'quote') return <blockquote key={i} style={QUOTE}><InlineNodes inlines={b.inlines} /></blockquote>
        return <div key={i}><InlineNodes inlines={b.inlines} /></div>
      })}
    </div>
  )
}
