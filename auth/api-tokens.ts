/**
 * API tokens for integrators: 32 random bytes shown once, stored only as their SHA-256 (a fast
 * hash is right for random secrets; slow hashes are for guessable passwords).
 */
import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import { getSessionUser } from './session';
import { getDb } from '@/db/client';
import { consumeApiToken } from '@/db/queries/api-tokens';
import type { TokenScope } from '@/lib/domain';
import { can } from '@/lib/permissions';

const PREFIX = 'upk_';

export function issueToken(): { token: string; tokenHash: string } {
  const token = PREFIX + randomBytes(32).toString('base64url');
  return { token, tokenHash: hashToken(token) };
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * Who may call an API route: a live token with the scope, or a signed-in user allowed to view.
 * Returns the error response to send otherwise (401 no credentials, 403 wrong scope).
 */
export async function authorizeApiRequest(
  request: Request,
  scope: TokenScope,
): Promise<Response | null> {
  const header = request.headers.get('authorization');
  if (header?.startsWith('Bearer ')) {
    const token = consumeApiToken(getDb(), hashToken(header.slice('Bearer '.length).trim()));
    if (!token) return Response.json({ error: 'Unknown or revoked API token.' }, { status: 401 });
    if (token.scope !== scope) {
      return Response.json({ error: `This token's scope is not "${scope}".` }, { status: 403 });
    }
    return null;
  }
  const user = await getSessionUser();
  if (!user) return Response.json({ error: 'Sign in or send an API token.' }, { status: 401 });
  // A cookie rides along on requests other sites make: a change needs this site as its origin.
  if (request.method !== 'GET' && !isSameOrigin(request)) {
    return Response.json({ error: 'Cross-site request refused.' }, { status: 403 });
  }
  const allowed = scope === 'read' ? can(user, 'view') : can(user, 'import');
  return allowed ? null : Response.json({ error: 'Not allowed.' }, { status: 403 });
}

/** Whether the browser says the request comes from a page of this site. */
function isSameOrigin(request: Request): boolean {
  const site = request.headers.get('sec-fetch-site');
  if (site) return site === 'same-origin';
  // The host the browser addressed, as the proxy passes it on (README: HTTPS setup).
  const origin = request.headers.get('origin');
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  return origin !== null && host !== null && URL.canParse(origin) && new URL(origin).host === host;
}
