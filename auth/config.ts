/**
 * better-auth over Upstream's database: email and password sign-in, sessions in httpOnly
 * SameSite=Lax cookies (Secure whenever the app is served over HTTPS), scrypt password hashes,
 * rate-limited sign-in. The admin plugin creates users and resets passwords; Upstream's own roles
 * are decided by lib/permissions.ts, not by the plugin.
 */
import { betterAuth } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { nextCookies } from 'better-auth/next-js';
import { admin } from 'better-auth/plugins';
import type { Db } from '@/db/open';
import { accounts, sessions, users, verifications } from '@/db/schema';
import { MIN_PASSWORD_LENGTH } from '@/lib/account-input';
import { authEnv } from '@/lib/env';

export function createAuth(db: Db) {
  const env = authEnv();
  return betterAuth({
    appName: 'Upstream',
    baseURL: env.baseUrl,
    secret: env.secret,
    // The same server reached as localhost or 127.0.0.1 is one origin to its users.
    trustedOrigins: [env.baseUrl, swapLoopbackName(env.baseUrl)],
    database: drizzleAdapter(db, {
      provider: 'sqlite',
      schema: { user: users, session: sessions, account: accounts, verification: verifications },
    }),
    user: {
      modelName: 'user',
      additionalFields: {
        departmentId: { type: 'number', required: false, input: false },
      },
    },
    emailAndPassword: {
      enabled: true,
      // Accounts are created by an admin (or the first-run page), never by self sign-up.
      disableSignUp: true,
      minPasswordLength: MIN_PASSWORD_LENGTH,
    },
    session: { expiresIn: 60 * 60 * 12, updateAge: 60 * 60 },
    rateLimit: {
      enabled: true,
      window: 60,
      max: 100,
      // Per client address; lib/sign-in-throttle.ts adds the per-account limit.
      customRules: { '/sign-in/email': { window: 60, max: 10 } },
    },
    advanced: {
      useSecureCookies: env.baseUrl.startsWith('https://'),
      // Behind a proxy the client address comes from X-Forwarded-For (README: HTTPS setup).
      ipAddress: { ipAddressHeaders: ['x-forwarded-for'] },
    },
    telemetry: { enabled: false },
    plugins: [admin({ adminRoles: ['admin'], defaultRole: 'analyst' }), nextCookies()],
  });
}

export type Auth = ReturnType<typeof createAuth>;

function swapLoopbackName(url: string): string {
  const u = new URL(url);
  if (u.hostname === 'localhost') u.hostname = '127.0.0.1';
  else if (u.hostname === '127.0.0.1') u.hostname = 'localhost';
  return u.origin;
}
