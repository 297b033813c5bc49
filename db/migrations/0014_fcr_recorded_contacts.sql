ALTER TABLE `cause_stats` ADD `resolved_with_contacts` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `department_stats` ADD `resolved_with_contacts` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
-- The rows already stored get the new count as rebuildSummaries computes it: day rows from the
-- tickets, month rows from their days, department rows from their causes.
UPDATE `cause_stats` SET `resolved_with_contacts` = d.n
FROM (SELECT opened_at / 86400000 AS period, COALESCE(department_id, 0) AS department_key,
             COALESCE(root_cause_id, 0) AS cause_key,
             SUM(resolved_at IS NOT NULL AND contact_count > 0) AS n
      FROM tickets GROUP BY 1, 2, 3) d
WHERE cause_stats.period_kind = 'd' AND cause_stats.period = d.period
  AND cause_stats.department_key = d.department_key AND cause_stats.cause_key = d.cause_key;
--> statement-breakpoint
UPDATE `cause_stats` SET `resolved_with_contacts` = m.n
FROM (SELECT month_of_day(period) AS period, department_key, cause_key,
             SUM(resolved_with_contacts) AS n
      FROM cause_stats WHERE period_kind = 'd' GROUP BY 1, 2, 3) m
WHERE cause_stats.period_kind = 'm' AND cause_stats.period = m.period
  AND cause_stats.department_key = m.department_key AND cause_stats.cause_key = m.cause_key;
--> statement-breakpoint
UPDATE `department_stats` SET `resolved_with_contacts` = c.n
FROM (SELECT period_kind, period, department_key, SUM(resolved_with_contacts) AS n
      FROM cause_stats GROUP BY 1, 2, 3) c
WHERE department_stats.period_kind = c.period_kind AND department_stats.period = c.period
  AND department_stats.department_key = c.department_key;
