import { fc, test } from '@fast-check/vitest'
import { describe, expect, it } from 'vitest'
import {
  LABEL_GAP,
  chartHeight,
  contrast,
  datumValues,
  insideInk,
  keepApart,
  labelBox,
  labelText,
  parseColor,
  placeLabel,
  readableOn,
  wrapLabel,
  wrapWords,
  type LabelSlot,
} from '@/charts/labels'
import type { Locale, ValueKind } from '@/format/number'

const nbsp = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ')
/** A horizontal bar of the plot [100, 400] (CSS px), 20 px thick, its label 40 x 15. */
const bar = (tip: number, base = 100): LabelSlot => ({ tip, base, grows: 1, mark: 0, thickness: 20, along: 40, across: 15 })

describe('labelText', () => {
  it.each<[number, ValueKind, Locale, string]>([
    [5_576_000, 'usd', 'en', '$5.58M'],
    [5_576_000, 'usd', 'fr', '5,58 M $'],
    [1.5e9, 'usd', 'en', '$1.5B'],
    [1.5e9, 'usd', 'fr', '1,5 Md $'],
    [27.34, 'multiple', 'fr', '27,3×'],
    [2625, 'usd', 'en', '$2,625'],
    [0.004, 'usd', 'en', '< $0.01'],
    [-0, 'usd', 'en', '$0'],
  ])('%s as %s in %s reads %s', (value, kind, locale, text) => {
    expect(nbsp(labelText(value, kind, locale))).toBe(text)
  })

  it('draws nothing for no value, NaN or an infinity', () => {
    for (const v of [null, undefined, Number.NaN, Infinity, -Infinity]) expect(labelText(v, 'usd', 'en')).toBe('')
  })

  test.prop([fc.double(), fc.constantFrom<ValueKind>('usd', 'multiple', 'decimal', 'share', 'count'), fc.constantFrom<Locale>('en', 'fr')])(
    'never shows NaN, Infinity, -0 or an exponent',
    (value, kind, locale) => {
      const text = labelText(value, kind, locale)
      expect(text).not.toMatch(/NaN|Infinity|∞|\de[+-]?\d|E\d/)
      // A minus before a zero ("-0", "-$0.00"); "-0.001" is a small negative number, not a negative zero.
      expect(nbsp(text)).not.toMatch(/^-\s*\$?0(?:[.,]0+)?(?![.,]?\d)/)
    },
  )
})

describe('datumValues', () => {
  it('reads a number, the end a floating bar runs to, or a point; nothing else', () => {
    expect(datumValues(5, 'x')).toEqual([5])
    expect(datumValues([9, 2], 'x')).toEqual([2])
    expect(datumValues([2, 9], 'x')).toEqual([9])
    expect(datumValues({ x: 3, y: 1 }, 'x')).toEqual([3])
    expect(datumValues({ x: 3, y: 1 }, 'y')).toEqual([1])
    for (const raw of [null, undefined, Number.NaN, Infinity, '5', [1], [1, null], { y: 2 }]) expect(datumValues(raw, 'x')).toEqual([])
  })
})

describe('placeLabel', () => {
  it('puts the label just past the bar when it fits', () => {
    expect(placeLabel(bar(200), 100, 400)).toEqual({ from: 200 + LABEL_GAP, to: 200 + LABEL_GAP + 40, spot: 'outside' })
  })

  it('puts it inside the end of a bar that runs to the edge of the plot', () => {
    expect(placeLabel(bar(390), 100, 400)).toEqual({ from: 390 - LABEL_GAP - 40, to: 390 - LABEL_GAP, spot: 'inside' })
  })

  it('never inside a bar too thin or too short for the text', () => {
    expect(placeLabel({ ...bar(390), thickness: 10 }, 100, 400).spot).toBe('clamped')
    expect(placeLabel(bar(390, 350), 100, 400).spot).toBe('clamped')
  })

  it('puts a dot\'s label before the dot when the dot sits at the edge', () => {
    const dot: LabelSlot = { ...bar(395), mark: 6, thickness: 0 }
    expect(placeLabel(dot, 100, 400)).toEqual({ from: 395 - 6 - LABEL_GAP - 40, to: 395 - 6 - LABEL_GAP, spot: 'behind' })
    expect(placeLabel({ ...dot, tip: 200 }, 100, 400)).toEqual({ from: 200 + 6 + LABEL_GAP, to: 200 + 6 + LABEL_GAP + 40, spot: 'outside' })
  })

  it('follows the axis: bars growing up (smaller y), from the top of a bar, or a bar with no length', () => {
    // A vertical bar from y = 300 up to y = 150, in a plot from y = 20 to 300.
    expect(placeLabel({ ...bar(150, 300), along: 15, across: 40 }, 20, 300)).toEqual({ from: 150 - LABEL_GAP - 15, to: 150 - LABEL_GAP, spot: 'outside' })
    expect(placeLabel({ ...bar(100, 100), grows: -1 }, 0, 400).to).toBe(100 - LABEL_GAP)
    expect(placeLabel({ ...bar(100, 100), grows: 1 }, 0, 400).from).toBe(100 + LABEL_GAP)
    // A value of 1 on an axis to 2,500: Chart.js puts the base half a grid line past the tip.
    expect(placeLabel({ ...bar(97.45, 97.87), grows: 1 }, 97.37, 289.75)).toMatchObject({ from: 97.45 + LABEL_GAP, spot: 'outside' })
  })

  test.prop([
    fc.integer({ min: 0, max: 400 }),
    fc.integer({ min: 0, max: 400 }),
    fc.constantFrom<1 | -1>(1, -1),
    fc.constantFrom(0, 6),
    fc.integer({ min: 0, max: 40 }),
    fc.integer({ min: 1, max: 120 }),
  ])('keeps a label whole and inside the plot whenever the plot is wide enough', (tip, base, grows, mark, thickness, along) => {
    const place = placeLabel({ tip, base, grows, mark, thickness, along, across: 15 }, 0, 400)
    expect(place.to - place.from).toBeCloseTo(along, 9)
    expect(place.from).toBeGreaterThanOrEqual(-0.5)
    expect(place.to).toBeLessThanOrEqual(400.5)
    // Past the mark unless the label had to go elsewhere; never over the mark's far side.
    if (place.spot === 'outside') expect(Math.min(Math.abs(place.from - tip), Math.abs(place.to - tip))).toBeGreaterThanOrEqual(mark + LABEL_GAP - 1e-9)
  })
})

describe('keepApart', () => {
  it('drops a label that would overlap one already drawn, keeps the rest', () => {
    const place = { from: 10, to: 50, spot: 'outside' as const }
    const boxes = [labelBox(place, 20, 15, true), labelBox(place, 30, 15, true), labelBox(place, 40, 15, true)]
    expect(keepApart(boxes)).toEqual([true, false, true])
  })

  it('keeps labels side by side that only touch', () => {
    expect(keepApart([{ left: 0, right: 10, top: 0, bottom: 10 }, { left: 10, right: 20, top: 0, bottom: 10 }])).toEqual([true, true])
  })

  it('lays boxes across the axis by the chart\'s direction', () => {
    expect(labelBox({ from: 10, to: 50, spot: 'outside' }, 100, 16, true)).toEqual({ left: 10, right: 50, top: 92, bottom: 108 })
    expect(labelBox({ from: 10, to: 25, spot: 'outside' }, 100, 40, false)).toEqual({ left: 80, right: 120, top: 10, bottom: 25 })
  })
})

describe('colours', () => {
  it('parses the colours the palette reads', () => {
    expect(parseColor('rgb(47, 111, 208)')).toEqual([47, 111, 208])
    expect(parseColor('rgba(47, 111, 208, 0.5)')).toEqual([47, 111, 208])
    expect(parseColor('rgb(47 111 208)')).toEqual([47, 111, 208])
    expect(parseColor('#2f6fd0')).toEqual([47, 111, 208])
    expect(parseColor('#fff')).toEqual([255, 255, 255])
    expect(parseColor('var(--x)')).toBeNull()
  })

  it('measures contrast as WCAG does', () => {
    expect(contrast('#000', '#fff')).toBeCloseTo(21, 5)
    expect(contrast('#777', '#777')).toBe(1)
    expect(contrast('nonsense', '#fff')).toBe(1)
  })

  it('picks the colour with more contrast', () => {
    expect(readableOn('rgb(47, 111, 208)', '#1c1d21', '#ffffff')).toBe('#ffffff')
    expect(readableOn('rgb(240, 168, 72)', '#eceae4', '#1e2128')).toBe('#1e2128')
    expect(readableOn('#777', '#777', '#777')).toBe('#777')
  })

  it('writes inside a bar in black or white, whichever reads better on it, at 4.5:1 or more', () => {
    expect(insideInk('rgb(47, 111, 208)')).toBe('#ffffff')
    expect(insideInk('rgb(240, 168, 72)')).toBe('#000000')
    // Every series colour of both themes (src/styles/base.css) meets WCAG AA for the text drawn on it.
    const series = ['#2f6fd0', '#c46a00', '#2a8a54', '#9b3fb5', '#7aa7f5', '#f0a848', '#6fcf97', '#d69cf0']
    for (const bg of series) expect(contrast(bg, insideInk(bg)), bg).toBeGreaterThanOrEqual(4.5)
  })

  test.prop([fc.tuple(fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }))])(
    'black or white always reaches 4.5:1 on any bar colour',
    ([r, g, b]) => {
      const bg = `rgb(${r}, ${g}, ${b})`
      expect(contrast(bg, insideInk(bg))).toBeGreaterThanOrEqual(4.5)
    },
  )
})

describe('chartHeight', () => {
  it('gives each category room for its bars, as before, when names fit on two lines', () => {
    expect(chartHeight(['a', 'b', 'c', 'd', 'e'], 1)).toBe(5 * 40 + 70)
    expect(chartHeight(['Rented GPU-hours', 'Hardware wear + energy', 'c', 'd', 'e'], 1)).toBe(5 * 40 + 70)
    expect(chartHeight(['Rented GPU-hours', 'Hardware wear + energy'], 3)).toBe(2 * 120 + 70)
    expect(chartHeight(['a'], 1)).toBe(190)
  })

  it('gives more room when a name wraps over three lines, so that names never run into each other', () => {
    expect(chartHeight(['Heures-GPU louées', 'Usure du matériel + énergie', 'x', 'y', 'z'], 1)).toBe(5 * (3 * 15 + 10) + 70)
  })
})

describe('wrapWords', () => {
  it('fills each line with words while they fit, and gives a word too long for any line its own', () => {
    const short = (n: number) => (line: string) => line.length <= n
    expect(wrapWords('Hardware wear + energy', short(16))).toEqual(['Hardware wear +', 'energy'])
    expect(wrapWords('a  b\tc', short(3))).toEqual(['a b', 'c'])
    expect(wrapWords('incomprehensibilities x', short(5))).toEqual(['incomprehensibilities', 'x'])
    expect(wrapWords('', short(5))).toEqual([])
  })

  it('measures lines any way it is told (the image export measures pixels)', () => {
    const px = (line: string) => [...line].reduce((w, c) => w + (c === 'W' ? 10 : 5), 0)
    expect(wrapWords('WW ii WW', (line) => px(line) <= 35)).toEqual(['WW ii', 'WW'])
  })

  test.prop([fc.array(fc.stringMatching(/^[a-z]{1,12}$/), { maxLength: 12 }), fc.integer({ min: 1, max: 30 })])(
    'loses no word and keeps their order',
    (words, width) => {
      expect(wrapWords(words.join(' '), (l) => l.length <= width).join(' ')).toBe(words.join(' '))
    },
  )
})

describe('wrapLabel', () => {
  it('keeps a name that fits as one string and wraps a longer one at 16 characters', () => {
    expect(wrapLabel('Rented GPU-hours')).toBe('Rented GPU-hours')
    expect(wrapLabel('Usure du matériel + énergie')).toEqual(['Usure du', 'matériel +', 'énergie'])
  })
})
