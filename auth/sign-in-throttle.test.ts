import { expect, test } from 'vitest';
import { SignInThrottle } from './sign-in-throttle';

test('five failures lock the account for the rest of the 15-minute window', () => {
  let now = 0;
  const throttle = new SignInThrottle(() => now);
  for (let i = 0; i < 4; i++) {
    throttle.recordFailure('ann@example.com');
    now += 1000;
  }
  expect(throttle.secondsUntilAllowed('ann@example.com')).toBe(0);
  throttle.recordFailure('ann@example.com');
  // The first failure was at t=0: allowed again 15 minutes after it.
  expect(throttle.secondsUntilAllowed('ann@example.com')).toBe(15 * 60 - 4);
  expect(throttle.secondsUntilAllowed('bo@example.com')).toBe(0);
  now = 15 * 60 * 1000 + 1;
  expect(throttle.secondsUntilAllowed('ann@example.com')).toBe(0);
});

test('a success clears the failures', () => {
  const throttle = new SignInThrottle(() => 0);
  for (let i = 0; i < 5; i++) throttle.recordFailure('ann@example.com');
  throttle.recordSuccess('ann@example.com');
  expect(throttle.secondsUntilAllowed('ann@example.com')).toBe(0);
});
