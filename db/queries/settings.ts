import type { Db } from '../open';
import { insertAuditEvents } from './audit';
import { redecideAllRecurrence } from './recurrence-rebuild';
import { settingsFromRows, type SettingKey, type Settings } from '@/lib/settings';

export function getSettings(db: Db): Settings {
  const rows = db.$client.prepare('SELECT key, value FROM settings').all() as {
    key: string;
    value: string;
  }[];
  return settingsFromRows(rows);
}

/** Settings whose change re-decides every ticket's recurrence (and moves its summary shares). */
const RECURRENCE_SETTINGS: readonly SettingKey[] = ['recurrenceWindowDays', 'recurrenceKey'];

/**
 * Stores the settings that change, each an audit event, in one transaction; a change of the
 * recurrence definition re-decides recurrence for every ticket in the same transaction, so no
 * chart ever mixes the two definitions. Returns the keys that changed.
 */
export function saveSettings(db: Db, next: Settings, userId: string | null): SettingKey[] {
  return db.$client.transaction(() => {
    const before = getSettings(db);
    const changed = (Object.keys(next) as SettingKey[]).filter((k) => next[k] !== before[k]);
    const upsert = db.$client.prepare(
      'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
    );
    for (const key of changed) upsert.run(key, JSON.stringify(next[key]));
    insertAuditEvents(
      db,
      changed.map((key) => ({
        at: Date.now(),
        userId,
        entity: 'setting',
        entityId: key,
        action: 'update',
        field: key,
        fromValue: String(before[key]),
        toValue: String(next[key]),
      })),
    );
    if (changed.some((k) => RECURRENCE_SETTINGS.includes(k))) {
      redecideAllRecurrence(db, next);
    }
    return changed;
  })();
}
