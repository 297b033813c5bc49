import type { TicketFilters } from '@/lib/filters';

/**
 * What a drill-down section is about: a department or a root cause. Its name for captions, its
 * colour in charts, and the explorer filter that selects its tickets.
 */
export interface DrillSubject {
  name: string;
  color: string;
  filters: TicketFilters;
}
