/** Enumerations shared by the schema, validation and the UI (vocabulary of DESIGN.md). */

export const CHANNELS = ['phone', 'email', 'chat', 'web', 'field'] as const;
export type Channel = (typeof CHANNELS)[number];

export const SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Who attributed a ticket to its root cause. */
export const CLASSIFICATION_SOURCES = ['human', 'rule', 'import'] as const;
export type ClassificationSource = (typeof CLASSIFICATION_SOURCES)[number];

/** What a classification rule looks at, and how. */
export const RULE_FIELDS = ['text', 'subject', 'description', 'product', 'channel'] as const;
export type RuleField = (typeof RULE_FIELDS)[number];
export const RULE_OPERATORS = ['contains', 'equals', 'regex'] as const;
export type RuleOperator = (typeof RULE_OPERATORS)[number];

export const ACTION_STATUSES = ['open', 'in_progress', 'done', 'verified', 'abandoned'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export const USER_ROLES = ['admin', 'executive', 'lead', 'analyst'] as const;
export type UserRole = (typeof USER_ROLES)[number];

export const TOKEN_SCOPES = ['ingest', 'read'] as const;
export type TokenScope = (typeof TOKEN_SCOPES)[number];

/** A ticket's identity as one string: its source system and its id there (unique together). */
export const ticketKey = (t: { sourceSystem: string; externalId: string }) =>
  `${t.sourceSystem}\u0000${t.externalId}`;

/** One interaction on a ticket (DESIGN.md "contact"): handle seconds are talk + hold + wrap. */
export interface ContactInput {
  startedAt: number;
  channel: Channel;
  agent: string;
  handleSeconds: number;
}
