import type { Db } from '../open';
import { settingsFromRows, type Settings } from '@/lib/settings';

export function getSettings(db: Db): Settings {
  const rows = db.$client.prepare('SELECT key, value FROM settings').all() as {
    key: string;
    value: string;
  }[];
  return settingsFromRows(rows);
}
