'use client';

import { useEffect } from 'react';
import { Card } from '@/components/ui/card';

export default function Error({ error, retry }: { error: unknown; retry: () => void }) {
  useEffect(() => {
    // The message shown to people is generic in production; the console keeps the digest for logs.
    console.error(error);
  }, [error]);

  const digest =
    error instanceof Error && 'digest' in error && typeof error.digest === 'string'
      ? error.digest
      : null;

  return (
    <Card role="alert" className="mx-auto max-w-lg px-6 py-12 text-center">
      <h1 className="text-xl font-semibold text-slate-900">This page could not be loaded</h1>
      <p className="mt-2 text-sm text-slate-600">
        Something went wrong while reading the figures. Trying again often helps; if it keeps
        happening, pass the reference below to whoever runs Upstream.
      </p>
      {digest && <p className="mt-2 font-mono text-xs text-slate-500">Reference: {digest}</p>}
      <button
        type="button"
        onClick={retry}
        className="mt-6 rounded-md bg-slate-900 px-4 py-2 text-sm font-medium text-white hover:bg-slate-700"
      >
        Try again
      </button>
    </Card>
  );
}
