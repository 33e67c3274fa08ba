import { fc, test } from '@fast-check/vitest'
import { describe, expect, it } from 'vitest'
import { parseKey, presetKey, savedKey } from '@/codecs/scenarioKey'

describe('scenario keys', () => {
  it('are written as the page carries them (data-compare, docs/hooks.md)', () => {
    expect(presetKey('as-reported')).toBe('preset:as-reported')
    expect(savedKey('1b2c')).toBe('saved:1b2c')
  })

  it('read back into the kind and the id', () => {
    expect(parseKey('preset:skeptic')).toEqual({ kind: 'preset', id: 'skeptic' })
    expect(parseKey('saved:1b2c')).toEqual({ kind: 'saved', id: '1b2c' })
  })

  test.prop([fc.string(), fc.boolean()])('give back any id, whatever it holds (colons, "preset:", nothing)', (id, preset) => {
    expect(parseKey(preset ? presetKey(id) : savedKey(id))).toEqual({ kind: preset ? 'preset' : 'saved', id })
    expect(parseKey(savedKey(`preset:${id}`))).toEqual({ kind: 'saved', id: `preset:${id}` })
  })

  it('tell a preset from a saved scenario of the same id', () => {
    expect(presetKey('x')).not.toBe(savedKey('x'))
  })
})
