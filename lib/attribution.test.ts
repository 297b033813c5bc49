import { expect, test } from 'vitest';
import { describeAttribution } from './attribution';

const names = {
  causes: new Map([[12, 'Wrong item picked']]),
  departments: new Map([[4, 'Warehouse & shipping']]),
};

test.each([
  [
    '{"rootCauseId":12,"departmentId":4,"source":"human"}',
    'Wrong item picked (Warehouse & shipping)',
  ],
  ['{"rootCauseId":null,"departmentId":4}', 'Warehouse & shipping (no cause)'],
  ['{"rootCauseId":null,"departmentId":null}', 'unclassified'],
  [null, 'unclassified'],
  ['{"rootCauseId":99,"departmentId":7}', 'cause 99 (department 7)'],
  ['not json', 'not json'],
])('%j reads %j', (json, words) => {
  expect(describeAttribution(json, names)).toBe(words);
});
