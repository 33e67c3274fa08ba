// Code that runs inside the page (added with page.addInitScript before the app's own scripts). It
// defines window.__bench: frame timing helpers, and two watchers that start with the document:
//
// - `live`: when the page is live, judged by behaviour only. After the first contentful paint, on every
//   animation frame, it moves a slider (sets its value, dispatches `input`) until a result's
//   `data-value` differs from what it was before the first move. No framework internals: the app may
//   render, hydrate or resume its page however it likes, as long as the controls answer.
// - `link`: with a share link in the URL, the first frame that shows the link's numbers, and how many
//   frames before it showed the defaults that the link overrides.
//
// Written as plain functions because Playwright serialises them: nothing here may refer to anything
// outside itself, so the selectors and values come in through `options`.

/**
 * Installs window.__bench. With `options.live`, `window.__bench.live` is a promise of the time to live;
 * with `options.link`, `window.__bench.link` is a promise of the first correct frame. Both always
 * resolve, with `{ error }` after `timeoutMs` from navigation start.
 * @param {{
 *   live?: { slider: string, result: string, expectLabel?: string | null, acceptAttribute?: boolean, restore?: boolean, timeoutMs: number },
 *   link?: { results: { id: string, expect: number, fallback: number }[], timeoutMs: number },
 * }} options
 */
export function installPageHelpers(options) {
  if (window !== window.top) return

  /** Runs `fn` at the end of the current frame: a task posted from rAF runs once style, layout and paint are done. */
  const endOfFrame = (fn) => {
    const channel = new MessageChannel()
    channel.port1.onmessage = () => fn(performance.now())
    channel.port2.postMessage(null)
  }

  /** Calls back after the next frame has been produced: rAF, then a task posted from it. */
  const afterNextFrame = () => new Promise((resolve) => requestAnimationFrame(() => endOfFrame(resolve)))

  /**
   * Runs `action`, then waits until `condition()` holds (checked on every DOM mutation) and the next
   * frame is produced. Returns { domMs, frameMs } from just before `action`, or null after `timeoutMs`.
   */
  const timeUntil = (action, condition, timeoutMs = 5000) => new Promise((resolve) => {
    let done = false
    const t0 = performance.now()
    const observer = new MutationObserver(() => check())
    const timer = setTimeout(() => finish(null), timeoutMs)
    function finish(value) {
      if (done) return
      done = true
      observer.disconnect()
      clearTimeout(timer)
      resolve(value)
    }
    function check() {
      if (done || !condition()) return
      const domMs = performance.now() - t0
      observer.disconnect()
      afterNextFrame().then((t) => finish({ domMs, frameMs: t - t0 }))
    }
    observer.observe(document, { subtree: true, childList: true, characterData: true, attributes: true })
    action()
    check()
  })

  /**
   * Resolves true once `frames` frames in a row came at most `gapMs` apart, i.e. the page has stopped
   * working between frames (charts built, animations over); false if that did not happen in `timeoutMs`.
   * A condition to wait for before a measurement, instead of a fixed delay.
   */
  const quiet = ({ frames = 10, gapMs = 25, timeoutMs = 5000 } = {}) => new Promise((resolve) => {
    const t0 = performance.now()
    let last = null
    let calm = 0
    const tick = (t) => {
      if (last !== null) calm = t - last <= gapMs ? calm + 1 : 0
      last = t
      if (calm >= frames) resolve(true)
      else if (t - t0 > timeoutMs) resolve(false)
      else requestAnimationFrame(tick)
    }
    requestAnimationFrame(tick)
  })

  // The first contentful paint, as the browser reports it (buffered: it may come before this observer).
  let fcpMs = null
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === 'first-contentful-paint' && fcpMs === null) fcpMs = e.startTime
  }).observe({ type: 'paint', buffered: true })
  const fcp = () => fcpMs ?? performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null

  /** The text that names a checkbox: its labels, or its aria-label. */
  const nameOf = (box) => [...(box.labels ?? [])].map((l) => l.textContent).join(' ') + (box.getAttribute('aria-label') ?? '')

  /**
   * Resolves with the time the page went live: the end of the first frame in which `result` (the first
   * in the document) has another `data-value` than it had before the first move of `slider`; and, with
   * `expectLabel`, a checkbox named with it is in the page as well (`readyMs` is the later of the two).
   * At the first contentful paint the page is scrolled to `jumpTo` (the part of the page that holds the
   * slider, as the page's navigation does); from then on the slider is moved on every frame, between two
   * positions a quarter and three quarters along its track (whichever is farther from where it is).
   * While it is missing or disabled it is not moved.
   *
   * `acceptAttribute` (for waiting, not measuring): `<html data-live>` set by the app counts as live too,
   * and the slider is then left alone. `restore` puts the slider back once live (with the reset control
   * of its `[data-slider]` if it has one) and waits for the result to return to its first value, so that
   * the measurement after it starts from the defaults.
   */
  const watchLive = (o) => new Promise((resolve) => {
    const s = {
      baseline: undefined, original: undefined, attempts: 0, frames: 0, fcpMs: null,
      liveMs: null, liveRafMs: null, listedMs: null, readyMs: null, attributeMs: null, enabledMs: null, disabledAtLive: null,
    }
    let done = false
    const finish = (extra) => {
      if (done) return
      done = true
      clearTimeout(timer)
      resolve({ ...s, fcpMs: fcp(), ...extra })
    }
    const whyNot = () => {
      if (fcp() === null) return 'no first contentful paint'
      if (!document.querySelector(o.slider)) return `no ${o.slider} in the page`
      if (!document.querySelector(o.result)) return `no ${o.result} in the page`
      if (s.liveMs === null && document.querySelector(o.slider).disabled) return `${o.slider} is still disabled (${s.attempts} moves before)`
      if (s.liveMs === null) return `moving ${o.slider} ${s.attempts} times never changed the data-value of ${o.result} (still ${JSON.stringify(s.baseline)})`
      return `live, but no checkbox labelled "${o.expectLabel}" in the page`
    }
    const timer = setTimeout(() => finish({ error: `not live ${Math.round(o.timeoutMs / 1000)} s after navigation: ${whyNot()}` }),
      Math.max(0, o.timeoutMs - performance.now()))

    const valueNow = () => document.querySelector(o.result)?.getAttribute('data-value')
    const changed = () => s.baseline !== undefined && valueNow() !== undefined && valueNow() !== s.baseline
    const listed = () => [...document.querySelectorAll('input[type=checkbox]')].some((box) => nameOf(box).includes(o.expectLabel))
    const setSlider = (el, value) => {
      el.value = value
      el.dispatchEvent(new Event('input', { bubbles: true }))
    }
    const move = (el) => {
      const lo = Number(el.min || 0)
      const hi = Number(el.max || 100)
      const step = Number(el.step) > 0 ? Number(el.step) : (hi - lo) / 100
      const at = (f) => lo + Math.round(((hi - lo) * f) / step) * step
      const now = Number(el.value)
      setSlider(el, String(Math.abs(now - at(0.25)) >= Math.abs(now - at(0.75)) ? at(0.25) : at(0.75)))
      s.attempts++
    }
    // The slider's own reset control, if it has one, brings back the exact default: a range input's
    // value snaps to its step, so setting the first position again may land next to the default.
    const restoreThenFinish = (via) => {
      const el = document.querySelector(o.slider)
      if (!o.restore || via !== 'behaviour' || !el) return finish({ via })
      const reset = el.closest('[data-slider]')?.querySelector('[data-action="reset-assumption"]')
      if (reset && !reset.disabled) reset.click()
      else setSlider(el, s.original)
      const t0 = performance.now()
      const wait = () => {
        if (valueNow() === s.baseline) finish({ via, restored: true })
        else if (performance.now() - t0 > 2000) finish({ via, restored: false })
        else requestAnimationFrame(() => endOfFrame(wait))
      }
      wait()
    }

    const frame = (t) => {
      if (done) return
      requestAnimationFrame(frame)
      s.frames++
      if (s.attributeMs === null && document.documentElement.hasAttribute('data-live')) s.attributeMs = t
      if (o.acceptAttribute && s.attributeMs !== null) return finish({ via: 'attribute' })
      if (s.liveMs === null && fcp() !== null) {
        // At first paint, the visitor goes to the slider's part of the page, as the page's navigation does.
        if (o.jumpTo && !s.jumped) {
          s.jumped = true
          document.querySelector(o.jumpTo)?.scrollIntoView({ block: 'start' })
        }
        const el = document.querySelector(o.slider)
        // A disabled slider is left alone: a person cannot move it, and its handler may run all the
        // same (one attached while the rest of the page still starts), changing what the start-up works from.
        const movable = el !== null && !el.disabled && valueNow() !== undefined
        if (movable && s.enabledMs === null) s.enabledMs = t
        // What the result shows just before the first move is what a change is judged against.
        if (movable && s.baseline === undefined) {
          s.baseline = valueNow()
          s.original = el.value
        }
        // A change that came between frames is shown by this frame: no need to move again.
        if (movable && !changed()) move(el)
      }
      endOfFrame((end) => {
        if (done) return
        if (s.liveMs === null && changed()) {
          s.liveMs = end
          s.liveRafMs = t
          s.disabledAtLive = document.querySelector(o.slider)?.disabled ?? null
        }
        if (o.expectLabel && s.listedMs === null && listed()) s.listedMs = end
        if (s.readyMs === null && s.liveMs !== null && (!o.expectLabel || s.listedMs !== null)) {
          s.readyMs = Math.max(s.liveMs, s.listedMs ?? 0)
          restoreThenFinish('behaviour')
        }
      })
    }
    requestAnimationFrame(frame)
  })

  /**
   * Resolves with the end of the first frame in which every one of `results` (the first element with
   * that `data-result`) is visible and shows its `expect` value, and with the number of frames before it
   * in which a visible one showed its `fallback` (the default the link overrides). Hidden elements are
   * neither: an app may hide numbers until it has applied the link. Checked at the start of each frame
   * (rAF), which sees the DOM as that frame will paint it.
   */
  const watchLink = (o) => new Promise((resolve) => {
    const s = { frames: 0, wrongFrames: 0, firstWrongMs: null, lastWrongMs: null, changes: [] }
    let done = false
    let last = ''
    const finish = (extra) => {
      if (done) return
      done = true
      clearTimeout(timer)
      resolve({ ...s, fcpMs: fcp(), ...extra })
    }
    const same = (a, b) => Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b))
    const stateOf = ({ id, expect, fallback }) => {
      const el = document.querySelector(`[data-result="${id}"]`)
      if (!el) return 'absent'
      if (!el.checkVisibility({ visibilityProperty: true, opacityProperty: true })) return 'hidden'
      const raw = el.getAttribute('data-value')
      const value = raw === null || raw.trim() === '' ? NaN : Number(raw)
      return same(value, expect) ? 'correct' : same(value, fallback) ? 'default' : `other (${raw})`
    }
    const timer = setTimeout(() => finish({ error: `no frame showed the link's values within ${Math.round(o.timeoutMs / 1000)} s of navigation (last: ${last})` }),
      Math.max(0, o.timeoutMs - performance.now()))

    const frame = (t) => {
      if (done) return
      s.frames++
      const states = o.results.map(stateOf)
      const summary = o.results.map((r, i) => `${r.id} ${states[i]}`).join(', ')
      if (summary !== last) s.changes.push({ atMs: t, states: summary })
      last = summary
      if (states.every((x) => x === 'correct')) {
        endOfFrame((end) => finish({ correctMs: end, correctRafMs: t }))
        return
      }
      if (states.includes('default')) {
        s.wrongFrames++
        s.firstWrongMs ??= t
        s.lastWrongMs = t
      }
      requestAnimationFrame(frame)
    }
    requestAnimationFrame(frame)
  })

  window.__bench = {
    afterNextFrame, timeUntil, quiet, fcp,
    live: options.live ? watchLive(options.live) : null,
    link: options.link ? watchLink(options.link) : null,
  }
}
