/** Debian's Chromium driven by playwright-core. No test tool ever downloads a browser. */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

export function chromiumPath(): string {
  return process.env.CHROME_PATH ?? '/usr/bin/chromium';
}

/** One line that tells the reader how to get a browser, or undefined when there is one. */
export function missingBrowserMessage(): string | undefined {
  const path = chromiumPath();
  if (existsSync(path)) return undefined;
  return `Chromium not found at ${path}: install it (Debian: sudo apt-get install chromium) or set CHROME_PATH to a Chromium binary.`;
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS, headless: true });
}
