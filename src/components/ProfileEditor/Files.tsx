import { useState, type ReactNode } from 'react';
import useBaseUrl from '@docusaurus/useBaseUrl';
import { save } from '@site/src/services/TemplateExport/save';
import type { ProfileFileResult } from '@site/src/lib/profile-file';
import type { Profile } from '@site/src/schema/profile';
import styles from './styles.module.css';

export interface Example {
  file: string;
  label: string;
}

interface FilesProps {
  examples: readonly Example[];
  /** The profile in the form, when it is valid (else export explains why it cannot). */
  current: Profile | undefined;
  /** A file was read: load it (valid or not) into the form. */
  onLoad: (result: ProfileFileResult, source: string, kind: 'import' | 'example') => void;
  announce: (message: string) => void;
}

function ExampleLink({ example }: { example: Example }): ReactNode {
  return (
    <a href={useBaseUrl(`/examples/${example.file}`)} download={example.file}>
      {example.file}
    </a>
  );
}

/** Import a profile file, export the form as YAML or JSON, or start from an example. */
export default function Files({ examples, current, onLoad, announce }: FilesProps): ReactNode {
  const [problems, setProblems] = useState<string[]>([]);
  const base = useBaseUrl('/examples/');

  async function read(text: string, name: string, kind: 'import' | 'example') {
    // The YAML parser is only needed here: load it on demand.
    const { validateProfileText } = await import('@site/src/lib/profile-file');
    const result = validateProfileText(text, name);
    setProblems(
      result.ok
        ? []
        : result.problems.map((problem) => `${problem.file}:${problem.line}:${problem.column} ${problem.message}`),
    );
    onLoad(result, name, kind);
  }

  async function importFile(file: File | undefined) {
    if (!file) return;
    if (file.size > 1_000_000) {
      setProblems([`${file.name}: this file is larger than 1 MB; a profile is a few hundred bytes`]);
      announce(`Could not import ${file.name}.`);
      return;
    }
    await read(await file.text(), file.name, 'import');
  }

  async function loadExample(example: Example) {
    try {
      const response = await fetch(`${base}${example.file}`);
      if (!response.ok) throw new Error(`the site answered ${response.status}`);
      await read(await response.text(), example.file, 'example');
    } catch (error) {
      announce(`Could not load the example: ${(error as Error).message}.`);
    }
  }

  async function exportAs(format: 'yaml' | 'json') {
    if (!current) {
      announce('Fix the problems in the form before you export it.');
      return;
    }
    const { serialiseProfile } = await import('@site/src/lib/profile-file');
    const name = `platform-profile.${format}`;
    save({
      blob: new Blob([serialiseProfile(current, format)], {
        type: format === 'json' ? 'application/json' : 'text/yaml',
      }),
      name,
    });
    announce(`Downloaded ${name}.`);
  }

  return (
    <section className={styles.files} aria-labelledby="profile-files">
      <h2 id="profile-files">Import, export and examples</h2>
      <p>
        Keep your profile in a file: it is the same file the command line reads (
        <code>npx child-safety-kit generate --profile platform-profile.yaml --out policies</code>).
      </p>
      <div className={styles.field}>
        <label htmlFor="profile-import" className={styles.label}>
          Import a profile file (YAML or JSON)
        </label>
        <input
          id="profile-import"
          type="file"
          accept=".yaml,.yml,.json,application/json,text/yaml"
          onChange={(event) => {
            void importFile(event.target.files?.[0]);
            event.target.value = '';
          }}
        />
      </div>
      {problems.length > 0 ? (
        <div className={styles.importProblems} role="alert">
          <p>
            The file has {problems.length === 1 ? 'a problem' : `${problems.length} problems`}. We loaded what we could
            into the form:
          </p>
          <ul>
            {problems.map((line, index) => (
              <li key={index}>
                <code>{line}</code>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <div className={styles.actions}>
        <button type="button" className="button button--secondary button--sm" onClick={() => void exportAs('yaml')}>
          Download as YAML
        </button>
        <button type="button" className="button button--secondary button--sm" onClick={() => void exportAs('json')}>
          Download as JSON
        </button>
      </div>
      <h3>Start from an example</h3>
      <ul className={styles.examples}>
        {examples.map((example) => (
          <li key={example.file}>
            <button type="button" className="button button--link" onClick={() => void loadExample(example)}>
              Load the {example.label}
            </button>{' '}
            (or download <ExampleLink example={example} />)
          </li>
        ))}
      </ul>
    </section>
  );
}
