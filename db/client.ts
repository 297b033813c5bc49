/** The app's one database handle, for pages, server actions and route handlers. */
import 'server-only';

export { getDb } from './handle';
