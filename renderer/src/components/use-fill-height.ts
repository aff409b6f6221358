import { useLayoutEffect, useState, type RefObject } from 'react'

/**
 * Height that lets an element reach the bottom of the window, so a virtualized grid gets a
 * fixed-height scroll container whatever the shell around it looks like.
 */
export function useFillHeight(
  ref: RefObject<HTMLElement | null>,
  options: { bottomGap?: number; min?: number } = {}
): number {
  const { bottomGap = 16, min = 240 } = options
  const [height, setHeight] = useState(min)
  useLayoutEffect(() => {
    const measure = () => {
      const top = ref.current?.getBoundingClientRect().top ?? 0
      setHeight(Math.max(min, Math.floor(window.innerHeight - top - bottomGap)))
    }
    measure()
    // The shell's header or the filter bar may wrap and push the grid down, not only resizes.
    const observer = new ResizeObserver(measure)
    observer.observe(document.body)
    window.addEventListener('resize', measure)
    return () => {
      observer.disconnect()
      window.removeEventListener('resize', measure)
    }
  }, [ref, bottomGap, min])
  return height
}
