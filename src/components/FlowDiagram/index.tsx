import { translate } from '@docusaurus/Translate';
import { useState, type ReactNode } from 'react';
import type { FlowBundle } from '@site/src/lib/flows/bundle';
import styles from './styles.module.css';

/**
 * A flow's diagram: SVG markup drawn at build time (no diagram code runs in the browser), in a
 * region that scrolls sideways on a small screen, with "Copy as Mermaid" and "Download YAML".
 */
export default function FlowDiagram({ flow }: { flow: FlowBundle }): ReactNode {
  const [status, setStatus] = useState('');

  const copyMermaid = async () => {
    try {
      await navigator.clipboard.writeText(flow.mermaid);
      setStatus(translate({ id: 'kit.flowDiagram.copied', message: 'Mermaid text copied to the clipboard.' }));
    } catch {
      setStatus(
        translate({
          id: 'kit.flowDiagram.copyFailed',
          message: 'Your browser did not allow copying. Open "Mermaid text" below and copy it from there.',
        }),
      );
    }
  };

  const downloadYaml = () => {
    const url = URL.createObjectURL(new Blob([flow.yaml], { type: 'text/yaml;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = flow.fileName;
    document.body.append(link);
    link.click();
    link.remove();
    window.setTimeout(() => URL.revokeObjectURL(url), 1000);
    setStatus(
      translate(
        {
          id: 'kit.flowDiagram.downloaded',
          message: 'Downloaded {file}. Check your copy with: npx child-safety-kit validate-flow {file}',
        },
        { file: flow.fileName },
      ),
    );
  };

  return (
    <>
      {flow.laterFindings.length > 0 ? (
        <div className="alert alert--danger" role="note">
          <p>
            <strong>
              {translate({
                id: 'kit.flowDiagram.laterFindings',
                message: 'This released flow fails safety checks added after its release.',
              })}
            </strong>{' '}
            {translate({
              id: 'kit.flowDiagram.laterFindingsAdvice',
              message: 'Do not adopt it as it is: use the current version of this flow, which passes them.',
            })}
          </p>
          <ul>
            {flow.laterFindings.map((finding) => (
              <li key={finding}>{finding}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <figure className={styles.figure}>
        <div
          className={styles.scroller}
          role="region"
          tabIndex={0}
          aria-label={translate({ id: 'kit.flowDiagram.label', message: 'Diagram: {title}' }, { title: flow.title })}
          data-flow-diagram={flow.id}
          dangerouslySetInnerHTML={{ __html: flow.svg }}
        />
        <figcaption className={styles.caption}>
          {flow.summary}{' '}
          {translate({
            id: 'kit.flowDiagram.caption',
            message: 'The step table on this page gives the same information as text.',
          })}
        </figcaption>
        <div className={styles.tools}>
          <button type="button" className="button button--outline button--primary button--sm" onClick={copyMermaid}>
            {translate({ id: 'kit.flowDiagram.copy', message: 'Copy as Mermaid' })}
          </button>
          <button type="button" className="button button--outline button--primary button--sm" onClick={downloadYaml}>
            {translate({ id: 'kit.flowDiagram.download', message: 'Download YAML' })}
          </button>
          <p className={styles.status} role="status" aria-live="polite">
            {status}
          </p>
        </div>
        <details className={styles.mermaid}>
          <summary>{translate({ id: 'kit.flowDiagram.mermaidText', message: 'Mermaid text' })}</summary>
          <pre>
            <code>{flow.mermaid}</code>
          </pre>
        </details>
      </figure>
    </>
  );
}
