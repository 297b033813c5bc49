/** What the e2e specs read off pages, and the ranges the server resolves, computed alike. */
import type { Page } from '@playwright/test';
import { parseFilters } from '@/lib/filters';
import { dayOf } from '@/lib/time';

/** The range the server resolved for these search params, computed the same way. */
export function expectedRange(params: Record<string, string>) {
  return parseFilters(params, dayOf(Date.now())).range;
}

/** The number of tickets the explorer says match its filters. */
export async function explorerCount(page: Page): Promise<number> {
  return Number(await page.getByTestId('explorer-count').getAttribute('data-value'));
}
