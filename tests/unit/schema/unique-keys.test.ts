/** checkUniqueKeys (src/schema/common.ts): the one duplicate check behind every list of records with ids. */
import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import { checkUniqueKeys } from '../../../src/schema/common';
import { templatesDataSchema } from '../../../src/schema/templates-data';

const entry = (id: string) => ({ id, audience: 'public', summary: 'A policy.' });

describe('checkUniqueKeys', () => {
  it('reports each repeat at the later record, with the index of the first', () => {
    const schema = z
      .array(z.object({ code: z.string() }))
      .superRefine((records, context) =>
        checkUniqueKeys(records, context, 'code', (code, first) => `${code} again (first ${first})`),
      );
    const result = schema.safeParse([{ code: 'A' }, { code: 'B' }, { code: 'A' }, { code: 'A' }]);
    expect(result.success ? [] : result.error.issues.map((issue) => [issue.path, issue.message])).toEqual([
      [[2, 'code'], 'A again (first 0)'],
      [[3, 'code'], 'A again (first 0)'],
    ]);
  });

  it('words the template list its own way', () => {
    const result = templatesDataSchema.safeParse([entry('a-policy'), entry('b-policy'), entry('a-policy')]);
    expect(result.success ? [] : result.error.issues.map((issue) => [issue.path, issue.message])).toEqual([
      [[2, 'id'], 'Duplicate template a-policy; list each template once'],
    ]);
  });
});
