import { describe, expect, it, vi } from 'vitest'
import { canvasBackground } from '@/charts/background'

/** The bits of a Chart.js chart the plugin touches, recording what is drawn. */
function fakeChart() {
  const calls: string[] = []
  const ctx = {
    globalCompositeOperation: 'source-over',
    fillStyle: '',
    save: vi.fn(() => calls.push('save')),
    restore: vi.fn(() => calls.push('restore')),
    fillRect: vi.fn(function (this: { fillStyle: string; globalCompositeOperation: string }, ...rect: number[]) {
      calls.push(`fill ${this.fillStyle} ${this.globalCompositeOperation} ${rect.join(',')}`)
    }),
  }
  return { chart: { ctx, width: 640, height: 320 }, calls }
}

type BeforeDraw = (chart: unknown, args: unknown, options: { color?: string }) => void
const beforeDraw = canvasBackground.beforeDraw as unknown as BeforeDraw

describe('canvasBackground', () => {
  it('paints the whole canvas in the colour it is given, under what is drawn, and restores the context', () => {
    const { chart, calls } = fakeChart()
    beforeDraw(chart, {}, { color: '#15171c' })
    expect(calls).toEqual(['save', 'fill #15171c destination-over 0,0,640,320', 'restore'])
  })

  it('paints nothing without a colour (a chart on screen stays on the card)', () => {
    const { chart, calls } = fakeChart()
    beforeDraw(chart, {}, {})
    expect(calls).toEqual([])
  })
})
