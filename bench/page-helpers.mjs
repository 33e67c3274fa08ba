// Code that runs inside the page (added with page.addInitScript before the app's own scripts). It
// defines window.__bench: frame timing helpers, and the start-up marker. Written as plain functions
// because Playwright serialises them: nothing here may refer to anything outside itself.

/**
 * Installs window.__bench. `options.startup` also watches the document from the very start and records
 * when the app is ready (see readyWhen below) and when the frame after that was produced.
 * @param {{ startup?: boolean, readySelectors?: string[], expectText?: string | null }} options
 */
export function installPageHelpers(options) {
  if (window !== window.top) return

  /** Calls back after the next frame has been produced: rAF, then a task posted from it. */
  const afterNextFrame = () => new Promise((resolve) => {
    requestAnimationFrame(() => {
      const channel = new MessageChannel()
      channel.port1.onmessage = () => resolve(performance.now())
      channel.port2.postMessage(null)
    })
  })

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

  window.__bench = { afterNextFrame, timeUntil, startup: null }

  if (!options.startup) return
  // Start-up: the app is ready when Vue has mounted or hydrated the page (`__vue_app__` on its container,
  // which prerendered HTML cannot fake), every one of `readySelectors` is in the page
  // (a result; whatever the app has of a slider and the save button) and the controls among them are
  // live: Vue keeps an element's event handlers under a symbol described '_vei', set when it mounts or
  // hydrates the element, so a prerendered slider without it does not respond yet (a submit button's
  // handler sits on its form). With seeded scenarios, one of them must also be listed. Then one frame more.
  const hasHandlers = (el) => Boolean(el) && Object.getOwnPropertySymbols(el).some((s) => s.description === '_vei')
  const live = (el) => !(el instanceof HTMLInputElement || el instanceof HTMLButtonElement) || hasHandlers(el) || hasHandlers(el.form)
  const readyWhen = () => {
    // createApp().mount() marks its container data-v-app; createSSRApp() (hydration) does not.
    const root = document.querySelector('[data-v-app]') ?? document.getElementById('app')
    if (!root || !root.__vue_app__) return false
    for (const selector of options.readySelectors ?? []) {
      const el = document.querySelector(selector)
      if (!el || !live(el)) return false
    }
    return !options.expectText || document.body.textContent.includes(options.expectText)
  }
  let settled = false
  const settleIfReady = () => {
    if (settled || !readyWhen()) return
    settled = true
    observer.disconnect()
    const readyMs = performance.now()
    afterNextFrame().then((frameMs) => {
      window.__bench.startup = { readyMs, frameMs }
    })
  }
  const observer = new MutationObserver(settleIfReady)
  observer.observe(document, { subtree: true, childList: true, attributes: true })
  // Hydration attaches handlers without changing the DOM: check on every frame as well.
  const poll = () => {
    settleIfReady()
    if (!settled) requestAnimationFrame(poll)
  }
  requestAnimationFrame(poll)
}
