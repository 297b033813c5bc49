'use client';

import { useRouter } from 'next/navigation';
import { useRef, useState } from 'react';

const MAX_BYTES = 1024 ** 3;

type UploadState =
  | { phase: 'idle' }
  | { phase: 'uploading'; name: string; loaded: number; total: number }
  | { phase: 'reading'; name: string }
  | { phase: 'error'; message: string };

/**
 * Drop a CSV here or pick one: it goes to the server as it is (up to 1 GB, streamed to disk
 * there), with a progress bar, and the wizard opens on the new import.
 */
export function UploadForm() {
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<UploadState>({ phase: 'idle' });
  const [over, setOver] = useState(false);

  function upload(file: File) {
    if (file.size > MAX_BYTES) {
      setState({ phase: 'error', message: `${file.name} is larger than 1 GB.` });
      return;
    }
    if (file.size === 0) {
      setState({ phase: 'error', message: `${file.name} is empty.` });
      return;
    }
    // XMLHttpRequest rather than fetch: only it reports how much of the upload has gone.
    const request = new XMLHttpRequest();
    request.open('POST', '/api/imports');
    request.setRequestHeader('Content-Type', 'text/csv');
    request.setRequestHeader('X-File-Name', encodeURIComponent(file.name));
    request.upload.onprogress = (e) =>
      setState({ phase: 'uploading', name: file.name, loaded: e.loaded, total: e.total });
    request.upload.onload = () => setState({ phase: 'reading', name: file.name });
    request.onload = () => {
      let body: { id?: number; error?: string } = {};
      try {
        body = JSON.parse(request.responseText);
      } catch {
        // A proxy's HTML error page: the status below says enough.
      }
      if (request.status === 201 && body.id) router.push(`/import/${body.id}`);
      else {
        setState({
          phase: 'error',
          message: body.error ?? `The upload failed (HTTP ${request.status}).`,
        });
      }
    };
    request.onerror = () =>
      setState({ phase: 'error', message: 'The upload failed: the connection broke.' });
    setState({ phase: 'uploading', name: file.name, loaded: 0, total: file.size });
    request.send(file);
  }

  const busy = state.phase === 'uploading' || state.phase === 'reading';
  return (
    <div className="space-y-3">
      <div
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(e) => {
          e.preventDefault();
          setOver(false);
          const file = e.dataTransfer.files[0];
          if (file && !busy) upload(file);
        }}
        data-testid="drop-zone"
        className={`rounded-lg border-2 border-dashed px-6 py-10 text-center ${
          over ? 'border-slate-900 bg-slate-50' : 'border-slate-300 bg-white'
        }`}
      >
        <p className="text-sm text-slate-700">
          Drop a CSV export of your helpdesk here (Zendesk, Freshdesk, an Upstream export or any
          other), up to 1 GB, or
        </p>
        <label className="mt-3 inline-block cursor-pointer rounded-md bg-slate-900 px-4 py-2 text-sm font-medium text-white hover:bg-slate-700 has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-blue-600">
          Choose a file
          <input
            ref={input}
            type="file"
            accept=".csv,.txt,text/csv"
            className="sr-only"
            disabled={busy}
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) upload(file);
              e.target.value = '';
            }}
          />
        </label>
      </div>
      {state.phase === 'uploading' && (
        <div role="status" className="space-y-1 text-sm text-slate-700">
          <p>
            Uploading {state.name}: {Math.round((100 * state.loaded) / Math.max(1, state.total))} %
          </p>
          <progress
            className="h-2 w-full"
            value={state.loaded}
            max={state.total}
            aria-label="Upload progress"
          />
        </div>
      )}
      {state.phase === 'reading' && (
        <p role="status" className="text-sm text-slate-700">
          Reading the columns of {state.name}…
        </p>
      )}
      {state.phase === 'error' && (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
          {state.message}
        </p>
      )}
    </div>
  );
}
