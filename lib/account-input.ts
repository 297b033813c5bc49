/** What a person types to create an account or sign in, validated at the boundary. */
import { z } from 'zod';
import { USER_ROLES } from './domain';

export const MIN_PASSWORD_LENGTH = 10;

const email = z.email({ error: 'Enter a valid email address' }).trim().toLowerCase();
const password = z
  .string()
  .min(MIN_PASSWORD_LENGTH, { error: `Use at least ${MIN_PASSWORD_LENGTH} characters` })
  .max(128, { error: 'Use at most 128 characters' });

export const signInSchema = z.object({
  email,
  password: z.string().min(1, { error: 'Enter your password' }),
});

export const newAccountSchema = z
  .object({
    name: z.string().trim().min(1, { error: 'Enter a name' }).max(100),
    email,
    password,
    role: z.enum(USER_ROLES, { error: 'Choose a role' }),
    departmentId: z.coerce.number().int().positive().nullable().default(null),
  })
  .refine((a) => a.role !== 'lead' || a.departmentId !== null, {
    error: 'A lead needs the department they lead',
    path: ['departmentId'],
  })
  .transform((a) => ({ ...a, departmentId: a.role === 'lead' ? a.departmentId : null }));

export type NewAccount = z.infer<typeof newAccountSchema>;

export const newPasswordSchema = z.object({ password });

/** The first message per field, for forms. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = issue.path.join('.') || 'form';
    errors[field] ??= issue.message;
  }
  return errors;
}
