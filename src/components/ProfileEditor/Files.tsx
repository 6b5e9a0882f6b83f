import Translate, { translate } from '@docusaurus/Translate';
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
/** "(or download <link>)" after an example's load button. */
function OrDownload({ example }: { example: Example }): ReactNode {
  const link = <ExampleLink example={example} />;
  return (
    <Translate id="kit.profileFiles.orDownload" values={{ link }}>
      {'(or download {link})'}
    </Translate>
  );
}

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
      setProblems([
        translate(
          {
            id: 'kit.profileFiles.tooLarge',
            message: '{file}: this file is larger than 1 MB; a profile is a few hundred bytes',
          },
          { file: file.name },
        ),
      ]);
      announce(
        translate({ id: 'kit.profileFiles.couldNotImport', message: 'Could not import {file}.' }, { file: file.name }),
      );
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
      announce(
        translate(
          { id: 'kit.profileFiles.exampleFailed', message: 'Could not load the example: {reason}.' },
          { reason: (error as Error).message },
        ),
      );
    }
  }

  async function exportAs(format: 'yaml' | 'json') {
    if (!current) {
      announce(
        translate({ id: 'kit.profileFiles.fixFirst', message: 'Fix the problems in the form before you export it.' }),
      );
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
    announce(translate({ id: 'kit.profileFiles.downloaded', message: 'Downloaded {file}.' }, { file: name }));
  }

  const command = <code>npx child-safety-kit generate --profile platform-profile.yaml --out policies</code>;
  return (
    <section className={styles.files} aria-labelledby="profile-files">
      <h2 id="profile-files">
        <Translate id="kit.profileFiles.heading">Import, export and examples</Translate>
      </h2>
      <p>
        <Translate id="kit.profileFiles.intro" values={{ command }}>
          {'Keep your profile in a file: it is the same file the command line reads ({command}).'}
        </Translate>
      </p>
      <div className={styles.field}>
        <label htmlFor="profile-import" className={styles.label}>
          <Translate id="kit.profileFiles.import">Import a profile file (YAML or JSON)</Translate>
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
            {problems.length === 1
              ? translate({
                  id: 'kit.profileFiles.oneProblem',
                  message: 'The file has a problem. We loaded what we could into the form:',
                })
              : translate(
                  {
                    id: 'kit.profileFiles.problems',
                    message: 'The file has {count} problems. We loaded what we could into the form:',
                  },
                  { count: problems.length },
                )}
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
          <Translate id="kit.profileFiles.downloadYaml">Download as YAML</Translate>
        </button>
        <button type="button" className="button button--secondary button--sm" onClick={() => void exportAs('json')}>
          <Translate id="kit.profileFiles.downloadJson">Download as JSON</Translate>
        </button>
      </div>
      <h3>
        <Translate id="kit.profileFiles.examples">Start from an example</Translate>
      </h3>
      <ul className={styles.examples}>
        {examples.map((example) => (
          <li key={example.file}>
            <button type="button" className="button button--link" onClick={() => void loadExample(example)}>
              {translate({ id: 'kit.profileFiles.loadExample', message: 'Load the {label}' }, { label: example.label })}
            </button>{' '}
            <OrDownload example={example} />
          </li>
        ))}
      </ul>
    </section>
  );
}
