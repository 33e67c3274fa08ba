/** Which {@link ValueKind} reads each ledger unit and each model result, and the word that follows it. */
import type { BaseUnit, ResultId } from '@/model'
import type { ValueKind } from './number'

/**
 * How a unit is shown: the kind of number and, for words and per-unit prices, the i18n key of the
 * template around it (`units.<key>` with `{n}`).
 */
export const UNIT_FORMAT: Readonly<Record<BaseUnit, { kind: ValueKind; template?: string }>> = {
  usd: { kind: 'usd' },
  usdPerMTok: { kind: 'usdPerMTok', template: 'perMTok' },
  tokens: { kind: 'count', template: 'tokens' },
  share: { kind: 'share' },
  multiplier: { kind: 'multiple' },
  ratio: { kind: 'decimal' },
  gpus: { kind: 'count', template: 'gpus' },
  gpuHours: { kind: 'count', template: 'gpuHours' },
  usdPerGpuHour: { kind: 'usdPerGpuHour', template: 'perGpuHour' },
  usdPerGpu: { kind: 'usdPerGpu', template: 'perGpu' },
  years: { kind: 'years' },
  kw: { kind: 'decimal', template: 'kw' },
  usdPerKwh: { kind: 'usdPerKwh', template: 'perKwh' },
}

/** How each model result is shown. */
export function resultFormat(id: ResultId): { kind: ValueKind; template?: string } {
  if (id.startsWith('api.cost.')) return { kind: 'usd', template: 'perMonth' }
  if (id.startsWith('api.blendedPrice.')) return UNIT_FORMAT.usdPerMTok
  if (id === 'training.days') return { kind: 'days' }
  if (id === 'training.energyKwh') return { kind: 'kwh' }
  if (id === 'capex.stargatePerYear' || id === 'capex.annualTotal' || id === 'fleet.annualCost') return { kind: 'usd', template: 'perYear' }
  if (id === 'capex.rentalRunsPerYear') return { kind: 'count', template: 'runsPerYear' }
  if (id === 'capex.fleetsPerYear') return { kind: 'count', template: 'fleetsPerYear' }
  if (/(ratio|over|claim\.)/i.test(id)) return { kind: 'multiple' }
  return { kind: 'usd' }
}
