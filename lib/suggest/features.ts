/**
 * What the cause suggestions learn from: the words of a ticket's subject and description, its
 * product and its channel. Words are lower-cased runs of letters; numbers (order and part
 * numbers) and a few words every ticket has are left out, as they say nothing about the cause.
 */
import type { Channel } from '../domain';

const STOP_WORDS = new Set(
  'a an and are as at be been but by for from had has have he her his i if in into is it its me my no not of on or our she so than that the their them then there these they this to too up us was we were what when which who will with you your'.split(
    ' ',
  ),
);

export interface TicketText {
  subject: string;
  description: string;
  productId: number | null;
  channel: Channel;
}

/** A classified ticket, as the model learns from it. */
export interface TrainingTicket extends TicketText {
  id: number;
  rootCauseId: number;
}

export function featuresOf(ticket: TicketText): string[] {
  const words = `${ticket.subject} ${ticket.description}`
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((w) => w.length >= 2 && !STOP_WORDS.has(w));
  const features = [...words, `channel:${ticket.channel}`];
  if (ticket.productId !== null) features.push(`product:${ticket.productId}`);
  return features;
}
