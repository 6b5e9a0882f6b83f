/**
 * `docs/policies/_data/records.yaml`: the record templates a team keeps to show what it did (the
 * logs), each with its columns defined once, the rule that asks for the record, how long to keep
 * it and the flow steps that fill each column; and the audit checklist, each question answered by
 * a log and a template clause. The CSV and Word versions, the "how to use" pages and the checklist
 * page are all made from it; the content tests check every reference.
 */
import * as z from 'zod';
import { CLAUSE_REF, STEP_REF } from './requirements';
import { checkUniqueIds, citedSourceSchema, recordId, text } from './legal-common';

const stepRef = z
  .string({ error: 'Expected a flow step: flows/<flow id>#<step id>' })
  .regex(STEP_REF, { error: 'Expected a flow step: flows/<flow id>#<step id>' });
const clauseRef = z
  .string({ error: 'Expected a clause: <template id>#<clause id>' })
  .regex(CLAUSE_REF, { error: 'Expected a clause: <template id>#<clause id>' });

export const recordColumnSchema = z.strictObject({
  /** snake_case, the CSV header. */
  id: z
    .string({ error: 'Expected a column id in snake_case' })
    .regex(/^[a-z][a-z0-9_]*$/, { error: 'Expected a column id in snake_case, such as received_at' }),
  label: text('the column heading'),
  /** The column heading in another language of the kit (`fr`): the header of the French CSV and Word table. */
  labels: z.strictObject({ fr: text('the column heading in French') }).optional(),
  /** What goes in the column, in one line. */
  help: text('what goes in the column'),
  /** The flow steps whose work fills this column. */
  filled_by: z.array(stepRef).optional(),
});

export const recordLogSchema = z.strictObject({
  id: recordId,
  title: text('the title of the log'),
  purpose: text('what the log shows, in one line'),
  keep: text('how long to keep the log, and why'),
  /** The title, purpose and retention in French, for a French pack's Word file and audit checklist. */
  fr: z
    .strictObject({
      title: text('the title of the log in French'),
      purpose: text('what the log shows, in French'),
      keep: text('how long to keep the log, in French'),
    })
    .optional(),
  /** The rules that ask for the record or set how long it is kept. */
  sources: z
    .array(citedSourceSchema.extend({ pinpoint: text('a pinpoint') }))
    .min(1, { error: 'Expected at least one source for the rule that asks for the record' }),
  columns: z.array(recordColumnSchema).min(2, { error: 'Expected at least two columns' }),
  /** The template clauses that tell your team to keep this log. */
  clauses: z.array(clauseRef).min(1, { error: 'Expected at least one template clause' }),
});

export const auditQuestionSchema = z.strictObject({
  question: text('what a reviewer asks'),
  log: recordId,
  clause: clauseRef,
});

export const recordsDataSchema = z
  .strictObject({
    logs: z.array(recordLogSchema).min(1),
    audit: z.array(auditQuestionSchema).min(1),
  })
  .superRefine((data, context) => {
    checkUniqueIds(data.logs, context, 'log');
    const ids = new Set(data.logs.map((log) => log.id));
    data.logs.forEach((log, index) => {
      const seen = new Set<string>();
      log.columns.forEach((column, position) => {
        if (seen.has(column.id))
          context.addIssue({
            code: 'custom',
            path: ['logs', index, 'columns', position, 'id'],
            message: `Duplicate column ${column.id} in ${log.id}`,
          });
        seen.add(column.id);
      });
    });
    data.audit.forEach((item, index) => {
      if (!ids.has(item.log))
        context.addIssue({
          code: 'custom',
          path: ['audit', index, 'log'],
          message: `Unknown log ${item.log}; expected one of ${[...ids].join(', ')}`,
        });
    });
  });

export type RecordLog = z.infer<typeof recordLogSchema>;
export type RecordColumn = z.infer<typeof recordColumnSchema>;
export type RecordsData = z.infer<typeof recordsDataSchema>;
