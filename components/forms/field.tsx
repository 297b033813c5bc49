interface LabelledProps {
  label: string;
  name: string;
  /** The control's id, when a page has two forms with a field of this name: the name otherwise. */
  id?: string;
  error?: string;
}

const controlClass =
  'block w-full rounded-md border border-slate-300 px-3 py-2 text-sm text-slate-900 shadow-xs focus:border-blue-600 focus:outline-none focus:ring-2 focus:ring-blue-600/30 aria-invalid:border-red-600';

/** A labelled input with its error message tied to it for screen readers. */
export function Field({
  label,
  name,
  id = name,
  error,
  ...input
}: LabelledProps & React.ComponentProps<'input'>) {
  return (
    <Labelled label={label} id={id} error={error}>
      <input
        id={id}
        name={name}
        {...errorAttributes(id, error)}
        className={controlClass}
        {...input}
      />
    </Labelled>
  );
}

/** A labelled select (its options as children), its error tied to it like Field's. */
export function SelectField({
  label,
  name,
  id = name,
  error,
  ...select
}: LabelledProps & React.ComponentProps<'select'>) {
  return (
    <Labelled label={label} id={id} error={error}>
      <select
        id={id}
        name={name}
        {...errorAttributes(id, error)}
        className={controlClass}
        {...select}
      />
    </Labelled>
  );
}

/** A labelled text area, its error tied to it like Field's. */
export function TextAreaField({
  label,
  name,
  id = name,
  error,
  ...textarea
}: LabelledProps & React.ComponentProps<'textarea'>) {
  return (
    <Labelled label={label} id={id} error={error}>
      <textarea
        id={id}
        name={name}
        {...errorAttributes(id, error)}
        className={controlClass}
        {...textarea}
      />
    </Labelled>
  );
}

const errorAttributes = (id: string, error?: string) => ({
  'aria-invalid': error ? true : undefined,
  'aria-describedby': error ? `${id}-error` : undefined,
});

function Labelled({
  label,
  id,
  error,
  children,
}: Omit<LabelledProps, 'name'> & { id: string; children: React.ReactNode }) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      {children}
      {error && (
        <p id={`${id}-error`} className="text-sm text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}

export function FormError({ message }: { message?: string }) {
  if (!message) return null;
  return (
    <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
      {message}
    </p>
  );
}

export function SubmitButton({
  children,
  pending,
}: {
  children: React.ReactNode;
  pending: boolean;
}) {
  return (
    <button
      type="submit"
      disabled={pending}
      className="w-full rounded-md bg-slate-900 px-4 py-2 text-sm font-medium text-white hover:bg-slate-700 disabled:opacity-60"
    >
      {children}
    </button>
  );
}
