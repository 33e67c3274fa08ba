/**
 * The page's only script tag. The HTML already holds the whole page, prerendered, so nothing here is
 * needed to show it: the app's code is fetched once the browser has painted that HTML, so that it never
 * competes with the first paint for the network or the main thread.
 */
let started = false

function start(): void {
  if (started) return
  started = true
  void import('./main')
}

// A task posted from an animation frame runs after that frame has been painted. A tab opened in the
// background paints nothing and runs no animation frames: it starts at once.
requestAnimationFrame(() => setTimeout(start, 0))
if (document.visibilityState === 'hidden') start()
