import { expect, test } from 'vitest';
import { fieldErrors } from './account-input';
import { actionFormSchema } from './action-input';

const form = {
  rootCauseId: '12',
  ownerDepartmentId: '3',
  ownerUserId: '',
  title: '  Validate part numbers  ',
  description: '',
  status: 'open',
  dueAt: '2026-12-15',
  doneAt: '',
};

test('a filled-in form', () => {
  expect(actionFormSchema.parse(form)).toEqual({
    rootCauseId: 12,
    ownerDepartmentId: 3,
    ownerUserId: null,
    title: 'Validate part numbers',
    description: '',
    status: 'open',
    dueAt: Date.UTC(2026, 11, 15, 12),
    doneAt: null,
  });
});

test.each([
  [{ title: 'x' }, 'title'],
  [{ dueAt: '15/12/2026' }, 'dueAt'],
  [{ status: 'done' }, 'doneAt'],
  [{ status: 'open', doneAt: '2026-11-01' }, 'doneAt'],
  [{ status: 'finished' }, 'status'],
  [{ rootCauseId: '' }, 'rootCauseId'],
])('%j is refused at %s', (change, field) => {
  const parsed = actionFormSchema.safeParse({ ...form, ...change });
  expect(parsed.success).toBe(false);
  expect(Object.keys(fieldErrors(parsed.error!))).toContain(field);
});
