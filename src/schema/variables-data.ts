/**
 * `docs/policies/_data/variables.yaml`: the variable registry. Every variable a template may use
 * (`<Var name="…" />`, `<When feature="…">`) is declared here once, with the label and help a
 * person sees in the profile editor and in placeholders. Names are paths into the platform
 * profile (`src/schema/profile.ts`); a content test checks that both agree.
 */
import * as z from 'zod';
import { checkUniqueKeys, prose } from './common';

export const VARIABLE_TYPES = ['text', 'email', 'url', 'date', 'enum', 'boolean', 'list'] as const;
export type VariableType = (typeof VARIABLE_TYPES)[number];

const option = z.strictObject({
  value: z
    .string({ error: 'Expected the stored value of the option' })
    .min(1, { error: 'Expected the stored value of the option' }),
  label: prose,
  /** The label in another language of the kit (`fr`), for translated templates; the English label otherwise. */
  labels: z.strictObject({ fr: prose }).optional(),
});

export const variableSchema = z
  .strictObject({
    /** A dotted path into the profile, e.g. `platform.name` or `features.live_streaming`. */
    name: z
      .string({ error: 'Expected a dotted profile path such as platform.name' })
      .regex(/^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*$/, {
        error: 'Expected a dotted profile path in snake_case, such as platform.name',
      }),
    /** Short, shown as the form label and inside placeholders ("Platform name"). */
    label: prose.max(60, { error: 'Expected a label of at most 60 characters' }),
    /** The label in another language of the kit (`fr`): placeholders in translated templates show it. */
    labels: z.strictObject({ fr: prose.max(60, { error: 'Expected a label of at most 60 characters' }) }).optional(),
    type: z.enum(VARIABLE_TYPES, { error: `Expected type to be one of ${VARIABLE_TYPES.join(', ')}` }),
    /** A realistic value; the example profile built from every example must be valid. */
    example: z.union([z.string(), z.boolean(), z.array(z.string())], { error: 'Expected an example value' }),
    /** One or two sentences: what to enter and why the templates need it. */
    help: prose,
    /** The choices of an `enum` or `list` variable. */
    options: z.array(option).min(1, { error: 'Expected at least one option' }).optional(),
    /** What an optional `enum` variable means when the profile leaves it out; templates show it in place of a placeholder. */
    default: z
      .string({ error: 'Expected the stored value of one of the options as the default' })
      .min(1, { error: 'Expected the stored value of one of the options as the default' })
      .optional(),
  })
  .superRefine((variable, context) => {
    const needsOptions = variable.type === 'enum' || variable.type === 'list';
    if (needsOptions && !variable.options) {
      context.addIssue({
        code: 'custom',
        path: ['options'],
        message: `Expected options for a variable of type ${variable.type}`,
      });
    }
    if (!needsOptions && variable.options) {
      context.addIssue({
        code: 'custom',
        path: ['options'],
        message: `Expected no options on a variable of type ${variable.type}`,
      });
    }
    const values = new Set(variable.options?.map((item) => item.value));
    if (variable.default !== undefined && (variable.type !== 'enum' || !values.has(variable.default))) {
      context.addIssue({
        code: 'custom',
        path: ['default'],
        message:
          variable.type === 'enum'
            ? `Expected the default to be one of the options: ${[...values].join(', ')}`
            : `Expected no default on a variable of type ${variable.type}; only an enum variable has one`,
      });
    }
    const { example } = variable;
    const fits =
      variable.type === 'boolean'
        ? typeof example === 'boolean'
        : variable.type === 'list'
          ? Array.isArray(example) && example.every((value) => values.has(value))
          : variable.type === 'enum'
            ? typeof example === 'string' && values.has(example)
            : typeof example === 'string' && example.length > 0;
    if (!fits) {
      context.addIssue({
        code: 'custom',
        path: ['example'],
        message:
          variable.type === 'boolean'
            ? 'Expected true or false as the example of a boolean variable'
            : needsOptions
              ? `Expected the example to use only the values of options`
              : 'Expected some text as the example',
      });
    }
  });

export const variablesDataSchema = z
  .array(variableSchema, { error: 'Expected a list of variables' })
  .min(1, { error: 'Expected at least one variable' })
  .superRefine((variables, context) =>
    checkUniqueKeys(variables, context, 'name', (name) => `Duplicate variable ${name}; declare each variable once`),
  );

export type Variable = z.infer<typeof variableSchema>;
export type VariableRegistry = readonly Variable[];
