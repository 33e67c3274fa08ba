#!/usr/bin/env node
// Runs the end-to-end tests: builds the app, then Playwright drives Debian's Chromium against `vite preview`.
// With no Chromium on the machine it explains how to install one and skips, except under CI=true, where a
// missing browser is a failure.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'

const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean)
const chrome = candidates.find((p) => existsSync(p))

if (!chrome) {
  const how = 'Install Debian\'s Chromium (sudo apt-get update && sudo apt-get install -y chromium) or set CHROME_PATH.'
  if (process.env.CI === 'true' || process.env.CI === '1') {
    console.error(`No Chromium found (looked at ${candidates.join(', ')}). ${how}`)
    process.exit(1)
  }
  console.warn(`Skipping the end-to-end tests: no Chromium found. ${how}`)
  process.exit(0)
}

const run = (cmd, args, env = {}) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } })
  if (r.status !== 0) process.exit(r.status ?? 1)
}

const outDir = process.env.E2E_OUT_DIR ?? 'dist'
if (!process.env.E2E_SKIP_BUILD) run('node', ['scripts/build.mjs', '--quiet', '--outDir', outDir])
run('npx', ['playwright', 'test', ...process.argv.slice(2)], { CHROME_PATH: chrome })
