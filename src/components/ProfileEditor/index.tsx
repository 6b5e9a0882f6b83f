import { Component, useEffect, useMemo, useRef, useState, type ErrorInfo, type ReactNode } from 'react';
import Translate, { translate } from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { labelIn } from '@site/src/lib/templates/format';
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

/** The form's sections, in the reader's language (translate() runs at render time). */
const groups = (): { key: string; title: string; test: (name: string) => boolean; intro: string }[] => [
  {
    key: 'platform',
    title: translate({ id: 'kit.profileEditor.group.platform', message: 'Your platform' }),
    test: (name) => name.startsWith('platform.'),
    intro: translate({
      id: 'kit.profileEditor.group.platformIntro',
      message: 'How your policies name the service and the company behind it.',
    }),
  },
  {
    key: 'contacts',
    title: translate({ id: 'kit.profileEditor.group.contacts', message: 'Contacts' }),
    test: (name) => name.startsWith('contacts.'),
    intro: translate({
      id: 'kit.profileEditor.group.contactsIntro',
      message: 'Where people reach you. Use role addresses that outlast staff changes.',
    }),
  },
  {
    key: 'operate',
    title: translate({ id: 'kit.profileEditor.group.operate', message: 'Where you operate' }),
    test: (name) => ['established_in', 'users_in', 'size_band'].includes(name),
    intro: translate({
      id: 'kit.profileEditor.group.operateIntro',
      message: 'Which laws apply depends on where you are established, where your users are, and sometimes your size.',
    }),
  },
  {
    key: 'features',
    title: translate({ id: 'kit.profileEditor.group.features', message: 'Features' }),
    test: (name) => name.startsWith('features.'),
    intro: translate({
      id: 'kit.profileEditor.group.featuresIntro',
      message: 'Tick every feature your service offers. Templates add or leave out sections to match.',
    }),
  },
  {
    key: 'documents',
    title: translate({ id: 'kit.profileEditor.group.documents', message: 'Document control' }),
    test: (name) => name.startsWith('documents.'),
    intro: translate({
      id: 'kit.profileEditor.group.documentsIntro',
      message:
        'Optional. Shown at the top of every document you download: who owns it, its version, when it takes effect and is next reviewed, and who approved it.',
    }),
  },
  {
    key: 'response_times',
    title: translate({ id: 'kit.profileEditor.group.responseTimes', message: 'Response times' }),
    test: (name) => name.startsWith('response_times.'),
    intro: translate({
      id: 'kit.profileEditor.group.responseTimesIntro',
      message:
        'Optional. How fast you act on reports, by severity tier. Your child safety policy promises them, your enforcement guidelines and the flows plan to them. Left blank, the defaults apply: 1 hour, 4 hours, 24 hours and 48 hours.',
    }),
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
  const lang = useDocusaurusContext().i18n.currentLocale === 'fr' ? 'fr' : 'en';
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
      setNotice(
        errors.size === 1
          ? translate({
              id: 'kit.profileEditor.notSavedOne',
              message: 'The profile was not saved: 1 field needs attention.',
            })
          : translate(
              {
                id: 'kit.profileEditor.notSaved',
                message: 'The profile was not saved: {count} fields need attention.',
              },
              { count: errors.size },
            ),
      );
      requestAnimationFrame(() => summary.current?.focus());
      return;
    }
    const result = saveProfile(checked.profile);
    setNotice(
      result.ok
        ? translate({
            id: 'kit.profileEditor.saved',
            message: 'Saved. Template pages in this browser now show your details.',
          })
        : result.message,
    );
  }

  function reset() {
    clearProfile();
    setValues(blank(variables));
    setTouched(new Set());
    setSubmitted(false);
    setConfirmReset(false);
    setRecovered(0);
    setNotice(translate({ id: 'kit.profileEditor.cleared', message: 'The form and the saved profile are cleared.' }));
  }

  function load(result: ProfileFileResult, source: string, kind: 'import' | 'example') {
    if (result.ok) {
      setValues({ ...blank(variables), ...profileValues(result.profile, variables) });
      setSubmitted(false);
      setTouched(new Set());
      if (kind === 'import') {
        const saved = saveProfile(result.profile);
        setNotice(
          saved.ok
            ? translate({ id: 'kit.profileEditor.imported', message: 'Imported {source} and saved it.' }, { source })
            : saved.message,
        );
      } else {
        setNotice(
          translate(
            {
              id: 'kit.profileEditor.exampleLoaded',
              message: 'Loaded the example {source} into the form. Change the details to your own, then save.',
            },
            { source },
          ),
        );
      }
      return;
    }
    const kept = result.input && result.issues ? recoverValues(result.input, result.issues, variables) : {};
    setValues({ ...blank(variables), ...kept });
    setSubmitted(true);
    setNotice(
      translate(
        {
          id: 'kit.profileEditor.fileProblems',
          message: '{source} has problems; nothing was saved. The form holds the {count} fields that could be read.',
        },
        { source, count: Object.keys(kept).length },
      ),
    );
  }

  const problem =
    stored.status === 'corrupt' || stored.status === 'invalid' || stored.status === 'outdated' ? stored : undefined;

  return (
    <div className={styles.editor}>
      {stored.status === 'unavailable' ? (
        <div className="alert alert--warning" role="alert">
          {stored.message}{' '}
          <Translate id="kit.profileEditor.notKept">
            You can still fill in the form, preview templates and export the profile as a file, but it will not be kept.
          </Translate>
        </div>
      ) : null}
      {problem ? <StoredProblem stored={problem} recovered={recovered} onDiscard={reset} /> : null}
      <div className={styles.columns}>
        <form className={styles.form} noValidate onSubmit={submit} aria-labelledby="profile-form-title">
          <h2 id="profile-form-title">
            <Translate id="kit.profileEditor.title">Your platform profile</Translate>
          </h2>
          {submitted && visibleErrors.length > 0 ? (
            <div
              className={`alert alert--danger ${styles.summary}`}
              ref={summary}
              tabIndex={-1}
              role="alert"
              aria-labelledby="profile-problems"
            >
              <h3 id="profile-problems">
                {visibleErrors.length === 1
                  ? translate({ id: 'kit.profileEditor.oneProblem', message: 'There is a problem' })
                  : translate(
                      { id: 'kit.profileEditor.problems', message: 'There are {count} problems' },
                      { count: visibleErrors.length },
                    )}
              </h3>
              <ul>
                {visibleErrors.map(([name, message]) => {
                  const variable = variables.find((candidate) => candidate.name === name);
                  const label = variable ? labelIn(variable, lang) : name;
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
          {groups().map((group) => (
            <fieldset key={group.key} className={styles.section}>
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
              <Translate id="kit.profileEditor.save">Save profile</Translate>
            </button>
            {confirmReset ? (
              <>
                <button type="button" className="button button--danger" onClick={reset}>
                  <Translate id="kit.profileEditor.confirmReset">Yes, clear everything</Translate>
                </button>
                <button type="button" className="button button--secondary" onClick={() => setConfirmReset(false)}>
                  <Translate id="kit.profileEditor.keep">Keep my profile</Translate>
                </button>
              </>
            ) : (
              <button type="button" className="button button--secondary" onClick={() => setConfirmReset(true)}>
                <Translate id="kit.profileEditor.reset">Reset</Translate>
              </button>
            )}
          </div>
          {confirmReset ? (
            <p className={styles.help}>
              <Translate id="kit.profileEditor.resetHelp">
                Reset clears the form and the profile saved in this browser. Export it first if you want to keep a copy.
              </Translate>
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
