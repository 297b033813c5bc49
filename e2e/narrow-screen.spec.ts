/**
 * On a phone (390 px wide) no page scrolls sideways as a whole: a wide table scrolls inside its
 * own box and toolbars wrap, so the header, filters and headings stay on screen.
 */
import { expect, test, type Page } from '@playwright/test';
import { storageStateOf } from './auth-state';
import { queryOne } from './database';

test.use({ storageState: storageStateOf('admin'), viewport: { width: 390, height: 844 } });

const firstId = (table: string) =>
  queryOne<{ id: number }>(`SELECT MIN(id) AS id FROM ${table}`).id;

/** How far the page is wider than the window, and the first elements that stick out. */
async function overflow(page: Page) {
  return page.evaluate(() => {
    const root = document.documentElement;
    // A box that scrolls or clips holds what it contains, except an absolute element whose
    // containing block lies beyond it (how a screen-reader-only label escapes a scroll box).
    const unclipped = (e: Element) => {
      let escaping = getComputedStyle(e).position === 'absolute';
      for (let a = e.parentElement; a && a !== root; a = a.parentElement) {
        const style = getComputedStyle(a);
        const positioned = style.position !== 'static';
        if (style.overflowX !== 'visible' && (!escaping || positioned)) return false;
        if (positioned) escaping = style.position === 'absolute';
      }
      return true;
    };
    const sticking = [...document.body.querySelectorAll('*')]
      .map((e) => ({ e, right: Math.round(e.getBoundingClientRect().right) }))
      .filter(({ e, right }) => right > root.clientWidth && unclipped(e))
      .slice(0, 3)
      .map(
        ({ e, right }) =>
          `${e.tagName.toLowerCase()}.${e.getAttribute('class') ?? ''} (to ${right}px)`,
      );
    return { excess: root.scrollWidth - root.clientWidth, sticking };
  });
}

test('no page scrolls sideways at 390 px', async ({ page }) => {
  const paths = [
    '/',
    '/departments',
    '/departments/warehouse',
    `/causes/${firstId('root_causes')}`,
    '/tickets',
    `/tickets/${firstId('tickets')}`,
    '/triage',
    '/review',
    '/actions',
    `/actions/${firstId('corrective_actions')}`,
    '/actions/new',
    '/disputes',
    '/import',
    '/audit',
    '/account',
    '/settings/general',
    '/settings/users',
    '/settings/rules',
    '/settings/taxonomy',
    '/settings/tokens',
  ];
  for (const path of paths) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    const { excess, sticking } = await overflow(page);
    expect
      .soft(excess, `${path} is ${excess}px too wide: ${sticking.join('; ')}`)
      .toBeLessThanOrEqual(0);
  }
});
