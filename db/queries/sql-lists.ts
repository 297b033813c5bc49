/**
 * "Any of the values of a JSON array parameter", as in `WHERE id IN ${ANY_OF}` with
 * JSON.stringify(ids) bound to it: one statement for a list of any length, prepared once,
 * instead of a statement with a placeholder per value for every length or a query per value.
 */
export const ANY_OF = '(SELECT value FROM json_each(?))';
