/** Addresses of pages that carry the date range along, so a drill-down keeps the period. */
import { rangeSearchParams, type DateRange } from './filters';

const query = (range: DateRange) => new URLSearchParams(rangeSearchParams(range)).toString();

export const overviewHref = (range: DateRange) => `/?${query(range)}`;

export const departmentsHref = (range: DateRange) => `/departments?${query(range)}`;

export const departmentHref = (slug: string, range: DateRange) =>
  `/departments/${encodeURIComponent(slug)}?${query(range)}`;
