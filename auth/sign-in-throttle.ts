/**
 * Per-account limit on failed sign-ins (better-auth limits per client address). After
 * MAX_FAILURES failures within WINDOW_MS an account must wait until the oldest one ages out, so
 * guessing one person's password from many addresses is slow too. In memory: one server process.
 */
const MAX_FAILURES = 5;
const WINDOW_MS = 15 * 60 * 1000;

export class SignInThrottle {
  private readonly failures = new Map<string, number[]>();

  constructor(private readonly now: () => number = Date.now) {}

  private recent(account: string): number[] {
    const cutoff = this.now() - WINDOW_MS;
    const times = (this.failures.get(account) ?? []).filter((t) => t > cutoff);
    if (times.length === 0) this.failures.delete(account);
    else this.failures.set(account, times);
    return times;
  }

  secondsUntilAllowed(account: string): number {
    const times = this.recent(account);
    if (times.length < MAX_FAILURES) return 0;
    return Math.ceil((times[0] + WINDOW_MS - this.now()) / 1000);
  }

  recordFailure(account: string): void {
    this.failures.set(account, [...this.recent(account), this.now()]);
  }

  recordSuccess(account: string): void {
    this.failures.delete(account);
  }
}

export const signInThrottle = new SignInThrottle();
