import * as chromeLauncher from 'chrome-launcher'
import lighthouse, { type Result } from 'lighthouse'

/**
 * One Lighthouse run (12.2.3, its mobile defaults) of one page in a fresh Debian Chromium
 * (CHROMIUM_PATH to change it), for one category; signed-in pages get the session cookie.
 */
export async function runLighthouse(url: string, category: 'performance' | 'accessibility', cookie?: string): Promise<Result | undefined> {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  })
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      onlyCategories: [category],
      output: 'json',
      logLevel: 'error',
      ...(cookie ? { extraHeaders: { Cookie: cookie } } : {}),
    })
    return result?.lhr
  } finally {
    chrome.kill()
  }
}
