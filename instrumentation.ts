/** Runs once when the server starts: begins training the suggestions, warns of demo defaults. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NODE_ENV !== 'production') return;
  const { insecureDefaults } = await import('./auth/demo-warning');
  const { getDb } = await import('./db/handle');
  const { warmUpSuggestions } = await import('./triage/suggester');
  const db = getDb();
  warmUpSuggestions(db);
  const problems = await insecureDefaults(db);
  if (problems.length === 0) return;
  const line = '!'.repeat(78);
  console.warn(
    [
      line,
      'WARNING: this production server runs with insecure demo defaults:',
      ...problems.map((p) => `  - ${p}`),
      'Fine for a demo on your own machine; change them before anyone else can reach it.',
      line,
    ].join('\n'),
  );
}
