/**
 * One colour per originating department, used by every chart so a department keeps its colour
 * from page to page. Mostly the Okabe–Ito palette, which stays distinguishable with the common
 * colour-vision deficiencies; the two "no department" keys are greys so they recede.
 */
import { UNCLASSIFIED_KEY } from '@/lib/overview';

const DEPARTMENT_COLORS: Record<string, string> = {
  manufacturing: '#0072B2',
  engineering: '#CC79A7',
  'order-entry': '#E69F00',
  warehouse: '#009E73',
  installation: '#D55E00',
  vendor: '#56B4E9',
  'customer-service': '#6A3D9A',
  unknown: '#6B7280',
  [UNCLASSIFIED_KEY]: '#CBD5E1',
};

/** A department added later without a colour here still gets a visible, neutral one. */
const FALLBACK_COLOR = '#94A3B8';

export function departmentColor(slug: string): string {
  return DEPARTMENT_COLORS[slug] ?? FALLBACK_COLOR;
}

/** How charts name tickets that have no originating department yet. */
export const UNCLASSIFIED_LABEL = 'Not yet attributed';
