import { translate } from '@docusaurus/Translate';
import type { ChangeEvent, ReactNode } from 'react';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { labelIn, translatedOptionLabel, type ValueLanguage } from '@site/src/lib/templates/format';
import type { Value } from '@site/src/lib/profile';
import type { Variable } from '@site/src/schema/variables-data';
import styles from './styles.module.css';

export const fieldId = (name: string) => `field-${name.replaceAll('.', '-').replaceAll('_', '-')}`;

interface FieldProps {
  variable: Variable;
  value: Value | undefined;
  error: string | undefined;
  onChange: (value: Value) => void;
  onBlur: () => void;
}

const INPUT_TYPES = { text: 'text', email: 'email', url: 'url', date: 'date' } as const;

/** One profile field, built from its registry entry: label, help, error, and the right control. */
export default function Field({ variable, value, error, onChange, onBlur }: FieldProps): ReactNode {
  const lang: ValueLanguage = useDocusaurusContext().i18n.currentLocale === 'fr' ? 'fr' : 'en';
  const label = labelIn(variable, lang);
  const optionLabel = (option: NonNullable<Variable['options']>[number]) =>
    (lang === 'en' ? undefined : translatedOptionLabel(option, lang)) ?? option.label;
  const id = fieldId(variable.name);
  const helpId = `${id}-help`;
  const errorId = `${id}-error`;
  const describedBy = error ? `${helpId} ${errorId}` : helpId;
  const errorLine = error ? (
    <p id={errorId} className={styles.error}>
      <span className="visually-hidden">
        {translate({ id: 'kit.profileField.error', message: 'Error: ', description: 'Read before a field error' })}
      </span>
      {error}
    </p>
  ) : null;
  const help = (
    <p id={helpId} className={styles.help}>
      {variable.help}
      {variable.type !== 'boolean' && variable.type !== 'list' && typeof variable.example === 'string' ? (
        <>
          {' '}
          {translate({ id: 'kit.profileField.example', message: 'For example:' })}{' '}
          <bdi>
            {variable.type === 'enum'
              ? variable.options
                  ?.filter((option) => option.value === variable.example)
                  .map(optionLabel)
                  .at(0)
              : variable.example}
          </bdi>
          .
        </>
      ) : null}
    </p>
  );

  if (variable.type === 'boolean') {
    return (
      <div className={styles.check}>
        <input
          id={id}
          type="checkbox"
          checked={value === true}
          onChange={(event) => onChange(event.target.checked)}
          onBlur={onBlur}
          aria-describedby={describedBy}
        />
        <div>
          <label htmlFor={id} className={styles.checkLabel}>
            {label}
          </label>
          {help}
          {errorLine}
        </div>
      </div>
    );
  }

  if (variable.type === 'list') {
    const selected = Array.isArray(value) ? (value as readonly string[]) : [];
    return (
      <fieldset
        className={styles.group}
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
        id={id}
        tabIndex={-1}
      >
        <legend className={styles.label}>{label}</legend>
        {help}
        {errorLine}
        <div className={styles.choices}>
          {variable.options?.map((option) => {
            const optionId = `${id}-${option.value.toLowerCase()}`;
            return (
              <div key={option.value} className={styles.choice}>
                <input
                  id={optionId}
                  type="checkbox"
                  checked={selected.includes(option.value)}
                  onBlur={onBlur}
                  onChange={(event) =>
                    onChange(
                      variable
                        .options!.map((item) => item.value)
                        .filter((item) => (item === option.value ? event.target.checked : selected.includes(item))),
                    )
                  }
                />
                <label htmlFor={optionId}>{optionLabel(option)}</label>
              </div>
            );
          })}
        </div>
      </fieldset>
    );
  }

  // A select or a text input: the same label, help, error and description either way.
  const common = {
    id,
    className: styles.input,
    value: typeof value === 'string' ? value : '',
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLSelectElement>) => onChange(event.target.value),
    onBlur,
    'aria-describedby': describedBy,
    'aria-invalid': error ? true : undefined,
  };
  const control =
    variable.type === 'enum' ? (
      <select {...common}>
        <option value="">{translate({ id: 'kit.profileField.choose', message: 'Choose…' })}</option>
        {variable.options?.map((option) => (
          <option key={option.value} value={option.value}>
            {optionLabel(option)}
          </option>
        ))}
      </select>
    ) : (
      <input
        {...common}
        type={INPUT_TYPES[variable.type]}
        autoComplete={variable.type === 'email' ? 'email' : variable.type === 'url' ? 'url' : 'off'}
        spellCheck={variable.type === 'text'}
      />
    );

  return (
    <div className={styles.field}>
      <label htmlFor={id} className={styles.label}>
        {label}
      </label>
      {help}
      {errorLine}
      {control}
    </div>
  );
}
