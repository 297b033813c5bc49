/**
 * Which cause a new attribution to a cause lands on. Merging a cause re-points its tickets, rules
 * and actions to the cause it went into, so a cause named after its merge (in a file, the API or
 * a saved mapping) stands for that one, through a chain of merges; a retired cause takes no new
 * tickets (DESIGN.md, the taxonomy).
 */

/** A root cause as stored. */
export interface CauseRecord {
  id: number;
  departmentId: number;
  name: string;
  retired: boolean;
  mergedIntoId: number | null;
}

/** What attributing to a cause gives: the cause that takes the ticket, and its department. */
export interface LiveCause {
  id: number;
  departmentId: number;
  /** The name of the cause as it was named, for messages. */
  name: string;
  /** The cause that would take the ticket is retired (or its merge leads nowhere): refuse it. */
  retired: boolean;
}

/** Every cause by id, as the live cause it stands for. */
export function liveCauses(causes: readonly CauseRecord[]): Map<number, LiveCause> {
  const byId = new Map(causes.map((c) => [c.id, c]));
  return new Map(
    causes.map((named) => {
      let cause = named;
      const seen = new Set<number>();
      while (cause.mergedIntoId !== null && !seen.has(cause.id)) {
        seen.add(cause.id);
        const next = byId.get(cause.mergedIntoId);
        if (!next) break;
        cause = next;
      }
      const live: LiveCause = {
        id: cause.id,
        departmentId: cause.departmentId,
        name: named.name,
        retired: cause.retired || cause.mergedIntoId !== null,
      };
      return [named.id, live];
    }),
  );
}
