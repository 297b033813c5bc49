/** `npm run db:rebuild-summaries`: recompute the summary tables from the tickets. */
import { openDatabase } from './open';
import { rebuildSummaries } from './queries/summaries';
import { databasePath } from '@/lib/env';

const path = databasePath();
const started = performance.now();
rebuildSummaries(openDatabase(path));
console.log(
  `Rebuilt the summary tables of ${path} in ${Math.round(performance.now() - started)} ms.`,
);
