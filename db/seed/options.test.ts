import { describe, expect, test } from 'vitest';
import { parseSeedArgs, todayIso, UsageError } from './options';

const defaults = { db: './data/upstream.db', end: '2025-11-24' };

describe('seed command-line options', () => {
  test('defaults: 150,000 tickets, seed 1, the given database and end, no reset', () => {
    expect(parseSeedArgs([], defaults)).toEqual({
      tickets: 150_000,
      seed: 1,
      db: './data/upstream.db',
      end: '2025-11-24',
      reset: false,
      help: false,
    });
  });

  test('every option', () => {
    const argv = [
      '--tickets',
      '1_000_000',
      '--seed',
      '42',
      '--db',
      '/tmp/x.db',
      '--end',
      '2024-02-29',
      '--reset',
    ];
    expect(parseSeedArgs(argv, defaults)).toMatchObject({
      tickets: 1_000_000,
      seed: 42,
      db: '/tmp/x.db',
      end: '2024-02-29',
      reset: true,
    });
    expect(parseSeedArgs(['--tickets=500'], defaults).tickets).toBe(500);
  });

  test.each([
    [['--tickets', 'many'], /--tickets must be a whole number of tickets.*\(got "many"\)/],
    [['--tickets', '0'], /--tickets must be at least 1/],
    [['--tickets', '-5'], /tickets/],
    [['--tickets', '20000000'], /--tickets must be at most 10000000/],
    [['--seed', '1.5'], /--seed must be a whole number/],
    [
      ['--end', '2025-02-30'],
      /--end must be a real calendar date as YYYY-MM-DD \(got "2025-02-30"\)/,
    ],
    [['--end', 'yesterday'], /--end must be a real calendar date/],
    [['--db', ' '], /--db must not be empty/],
    [['--ticket', '5'], /Unknown option '--ticket'/],
    [['extra'], /extra/],
    [['--tickets'], /--tickets/],
  ])('%j is refused with a message naming the option', (argv, message) => {
    expect(() => parseSeedArgs(argv, defaults)).toThrow(UsageError);
    expect(() => parseSeedArgs(argv, defaults)).toThrow(message);
  });

  test('today is the UTC date', () => {
    expect(todayIso(Date.UTC(2025, 11, 31, 23, 59))).toBe('2025-12-31');
  });
});
