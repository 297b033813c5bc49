/**
 * GET /api/v1/metrics?range=12m|…|custom&from=&to=&department=<slug>
 * The overview's figures as JSON, for other tools to embed. Token scope "read", or a session.
 */
import { authorizeApiRequest } from '@/auth/api-tokens';
import { getDb } from '@/db/client';
import { getOverview } from '@/db/queries/overview';
import { parseFilters } from '@/lib/filters';
import { dayOf } from '@/lib/time';

export const dynamic = 'force-dynamic';

export async function GET(request: Request) {
  const denied = await authorizeApiRequest(request, 'read');
  if (denied) return denied;
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const { range, notice } = parseFilters(params, dayOf(Date.now()));
  if (notice) return Response.json({ error: notice }, { status: 400 });
  const overview = getOverview(getDb(), range);
  const base = { range: { from: range.from, to: range.to, days: range.days } };
  if (params.department) {
    const department = overview.departments.find((d) => d.slug === params.department);
    if (!department) {
      return Response.json(
        { error: `department: no department with the slug "${params.department}"` },
        { status: 400 },
      );
    }
    return Response.json({ ...base, department: department.slug, kpis: department.kpis });
  }
  return Response.json({
    ...base,
    kpis: overview.kpis,
    previousPeriod: { from: overview.previousRange.from, to: overview.previousRange.to },
    previousKpis: overview.previousKpis,
    departments: overview.departments.map((d) => ({ slug: d.slug, name: d.name, kpis: d.kpis })),
    currency: overview.currency,
  });
}
