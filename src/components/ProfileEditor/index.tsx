import { Component, useEffect, useMemo, useRef, useState, type ErrorInfo, type ReactNode } from 'react';
import { clearProfile, saveProfile, useProfile } from '@site/src/services/ProfileStore';
import {
  checkProfile,
  problemsByField,
  profileFromValues,
  profileValues,
  recoverValues,
  type Value,
} from '@site/src/lib/profile';
import type { ProfileFileResult } from '@site/src/lib/profile-file';
import type { TemplateEntry } from '@site/src/schema/templates-data';
import type { VariableRegistry } from '@site/src/schema/variables-data';
import Field, { fieldId } from './Field';
import Files, { type Example } from './Files';
import Preview from './Preview';
import StoredProblem from './StoredProblem';
import styles from './styles.module.css';

type Values = Record<string, Value>;

const GROUPS: { title: string; test: (name: string) => boolean; intro: string }[] = [
  {
    title: 'Your platform',
    test: (name) => name.startsWith('platform.'),
    intro: 'How your policies name the service and the company behind it.',
  },
  {
    title: 'Contacts',
    test: (name) => name.startsWith('contacts.'),
    intro: 'Where people reach you. Use role addresses that outlast staff changes.',
  },
  {
    title: 'Where you operate',
    test: (name) => ['established_in', 'users_in', 'size_band'].includes(name),
    intro: 'Which laws apply depends on where you are established, where your users are, and sometimes your size.',
  },
  {
    title: 'Features',
    test: (name) => name.startsWith('features.'),
    intro: 'Tick every feature your service offers. Templates add or leave out sections to match.',
  },
  {
    title: 'Document control',
    test: (name) => name.startsWith('documents.'),
    intro:
      'Optional. Shown at the top of every document you download: who owns it, its version, when it takes effect and is next reviewed, and who approved it.',
  },
  {
    title: 'Response times',
    test: (name) => name.startsWith('response_times.'),
    intro:
      'Optional. How fast you act on reports, by severity tier. Your child safety policy promises them, your enforcement guidelines and the flows plan to them. Left blank, the defaults apply: 1 hour, 4 hours, 24 hours and 48 hours.',
  },
];

/** An empty form: features unticked, lists empty, text and choices blank. */
function blank(registry: VariableRegistry): Values {
  const values: Values = {};
  for (const variable of registry) {
    if (variable.type === 'boolean') values[variable.name] = false;
    if (variable.type === 'list') values[variable.name] = [];
  }
  return values;
}

interface EditorProps {
  variables: VariableRegistry;
  templates: readonly TemplateEntry[];
  examples: readonly Example[];
}

function Editor({ variables, templates, examples }: EditorProps): ReactNode {
  const stored = useProfile();
  const [values, setValues] = useState<Values>(() => blank(variables));
  const [initialised, setInitialised] = useState(false);
  const [touched, setTouched] = useState<Set<string>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [notice, setNotice] = useState('');
  const [confirmReset, setConfirmReset] = useState(false);
  const [recovered, setRecovered] = useState(0);
  const summary = useRef<HTMLDivElement>(null);

  // Start from what the browser saved, or from what could be recovered of it.
  useEffect(() => {
    if (initialised || stored.status === 'loading') return;
    if (stored.status === 'ok') setValues({ ...blank(variables), ...profileValues(stored.profile, variables) });
    if (stored.status === 'invalid' || stored.status === 'outdated') {
      const kept = recoverValues(stored.input, stored.problems, variables);
      setRecovered(Object.keys(kept).length);
      setValues({ ...blank(variables), ...kept });
    }
    setInitialised(true);
  }, [initialised, stored, variables]);

  const checked = useMemo(() => checkProfile(profileFromValues(values, variables)), [values, variables]);
  const errors = useMemo(
    () => (checked.ok ? new Map<string, string>() : problemsByField(checked.problems, variables)),
    [checked, variables],
  );
  const shown = (name: string) => (submitted || touched.has(name) ? errors.get(name) : undefined);
  const visibleErrors = [...errors].filter(([name]) => submitted || touched.has(name));

  const update = (name: string, value: Value) => setValues((current) => ({ ...current, [name]: value }));
  const touch = (name: string) => setTouched((current) => (current.has(name) ? current : new Set(current).add(name)));

  function submit(event: React.FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    if (!checked.ok) {
      setNotice(`The profile was not saved: ${errors.size} field${errors.size === 1 ? ' needs' : 's need'} attention.`);
      requestAnimationFrame(() => summary.current?.focus());
      return;
    }
    const result = saveProfile(checked.profile);
    setNotice(result.ok ? 'Saved. Template pages in this browser now show your details.' : result.message);
  }

  function reset() {
    clearProfile();
    setValues(blank(variables));
    setTouched(new Set());
    setSubmitted(false);
    setConfirmReset(false);
    setRecovered(0);
    setNotice('The form and the saved profile are cleared.');
  }

  function load(result: ProfileFileResult, source: string, kind: 'import' | 'example') {
    if (result.ok) {
      setValues({ ...blank(variables), ...profileValues(result.profile, variables) });
      setSubmitted(false);
      setTouched(new Set());
      if (kind === 'import') {
        const saved = saveProfile(result.profile);
        setNotice(saved.ok ? `Imported ${source} and saved it.` : saved.message);
      } else {
        setNotice(`Loaded the example ${source} into the form. Change the details to your own, then save.`);
      }
      return;
    }
    const kept = result.input && result.issues ? recoverValues(result.input, result.issues, variables) : {};
    setValues({ ...blank(variables), ...kept });
    setSubmitted(true);
    setNotice(
      `${source} has problems; nothing was saved. The form holds the ${Object.keys(kept).length} fields that could be read.`,
    );
  }

  const problem =
    stored.status === 'corrupt' || stored.status === 'invalid' || stored.status === 'outdated' ? stored : undefined;

  return (
    <div className={styles.editor}>
      {stored.status === 'unavailable' ? (
        <div className="alert alert--warning" role="alert">
          {stored.message} You can still fill in the form, preview templates and export the profile as a file, but it
          will not be kept.
        </div>
      ) : null}
      {problem ? <StoredProblem stored={problem} recovered={recovered} onDiscard={reset} /> : null}
      <div className={styles.columns}>
        <form className={styles.form} noValidate onSubmit={submit} aria-labelledby="profile-form-title">
          <h2 id="profile-form-title">Your platform profile</h2>
          {submitted && visibleErrors.length > 0 ? (
            <div
              className={`alert alert--danger ${styles.summary}`}
              ref={summary}
              tabIndex={-1}
              role="alert"
              aria-labelledby="profile-problems"
            >
              <h3 id="profile-problems">
                {visibleErrors.length === 1 ? 'There is a problem' : `There are ${visibleErrors.length} problems`}
              </h3>
              <ul>
                {visibleErrors.map(([name, message]) => {
                  const label = variables.find((variable) => variable.name === name)?.label ?? name;
                  return (
                    <li key={name}>
                      <a
                        href={`#${fieldId(name)}`}
                        onClick={(event) => {
                          event.preventDefault();
                          const target = document.getElementById(fieldId(name));
                          target?.focus();
                          target?.scrollIntoView({ block: 'center' });
                        }}
                      >
                        {label}: {message}
                      </a>
                    </li>
                  );
                })}
              </ul>
            </div>
          ) : null}
          {GROUPS.map((group) => (
            <fieldset key={group.title} className={styles.section}>
              <legend className={styles.sectionTitle}>{group.title}</legend>
              <p className={styles.help}>{group.intro}</p>
              {variables
                .filter((variable) => group.test(variable.name))
                .map((variable) => (
                  <Field
                    key={variable.name}
                    variable={variable}
                    value={values[variable.name]}
                    error={shown(variable.name)}
                    onChange={(value) => update(variable.name, value)}
                    onBlur={() => touch(variable.name)}
                  />
                ))}
            </fieldset>
          ))}
          <div className={styles.actions}>
            <button type="submit" className="button button--primary">
              Save profile
            </button>
            {confirmReset ? (
              <>
                <button type="button" className="button button--danger" onClick={reset}>
                  Yes, clear everything
                </button>
                <button type="button" className="button button--secondary" onClick={() => setConfirmReset(false)}>
                  Keep my profile
                </button>
              </>
            ) : (
              <button type="button" className="button button--secondary" onClick={() => setConfirmReset(true)}>
                Reset
              </button>
            )}
          </div>
          {confirmReset ? (
            <p className={styles.help}>
              Reset clears the form and the profile saved in this browser. Export it first if you want to keep a copy.
            </p>
          ) : null}
          <p className={styles.notice} role="status" aria-live="polite">
            {notice}
          </p>
        </form>
        <Preview templates={templates} values={values} />
      </div>
      <Files
        examples={examples}
        current={checked.ok ? checked.profile : undefined}
        onLoad={load}
        announce={setNotice}
      />
    </div>
  );
}

/** If anything in the editor fails, say so and offer a way out, instead of a blank page. */
class Boundary extends Component<{ children: ReactNode }, { error?: Error }> {
  override state: { error?: Error } = {};

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.warn('Profile editor failed', error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <div className="alert alert--danger" role="alert">
        <p>The profile editor stopped: {this.state.error.message}.</p>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            clearProfile();
            this.setState({ error: undefined });
          }}
        >
          Clear the saved profile and start again
        </button>
      </div>
    );
  }
}

/**
 * The profile editor: a form built from the variable registry, with validation and help, a
 * live preview of any template, import and export as YAML or JSON, examples, and reset. The
 * profile is kept in this browser's localStorage and never sent anywhere.
 */
export default function ProfileEditor(props: EditorProps): ReactNode {
  return (
    <Boundary>
      <Editor {...props} />
    </Boundary>
  );
}
