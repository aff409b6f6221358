import { describe, expect, it } from 'vitest'
import { base64ToBytes, blobToBase64, bytesToBase64 } from '../../renderer/src/components/base64'

describe('base64 helpers', () => {
  it('encodes known vectors, including UTF-8 Chinese text', () => {
    expect(bytesToBase64(new Uint8Array())).toBe('')
    expect(bytesToBase64(new TextEncoder().encode('f'))).toBe('Zg==')
    expect(bytesToBase64(new TextEncoder().encode('fo'))).toBe('Zm8=')
    expect(bytesToBase64(new TextEncoder().encode('掌柜'))).toBe('5o6M5p+c')
  })

  it('decodes back to the same bytes', () => {
    expect(new TextDecoder().decode(base64ToBytes('5o6M5p+c'))).toBe('掌柜')
    expect([...base64ToBytes('Zm8=')]).toEqual([0x66, 0x6f])
  })

  it('round-trips a file larger than one encoding chunk, every byte value included', () => {
    const bytes = new Uint8Array(300_001)
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919) % 256
    const back = base64ToBytes(bytesToBase64(bytes))
    expect(back.length).toBe(bytes.length)
    expect(back.every((b, i) => b === bytes[i])).toBe(true)
  })

  it('reads a Blob (a picked file) as base64', async () => {
    const blob = new Blob([new TextEncoder().encode('掌柜')])
    expect(await blobToBase64(blob)).toBe('5o6M5p+c')
  })
})
