import Translate, { translate } from '@docusaurus/Translate';
import { useDeferredValue, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useDocsVersion } from '@docusaurus/plugin-content-docs/client';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { loadTemplate, templateKey } from '@site/src/services/TemplateExport/load';
import TemplatePreview from '@site/src/components/TemplatePreview';
import type { ProfileValues } from '@site/src/lib/profile';
import { resolveTemplate } from '@site/src/lib/templates/resolve';
import type { TemplateDocument } from '@site/src/lib/templates/tree';
import type { TemplateEntry } from '@site/src/schema/templates-data';
import styles from './styles.module.css';

/** A template, filled from the form as it is typed (not only once saved). */
export default function Preview({
  templates,
  values,
}: {
  templates: readonly TemplateEntry[];
  values: ProfileValues;
}): ReactNode {
  const version = useDocsVersion();
  const [id, setId] = useState(templates[0]?.id ?? '');
  const [document, setDocument] = useState<TemplateDocument | undefined>();
  const [failed, setFailed] = useState('');
  const deferred = useDeferredValue(values);

  useEffect(() => {
    let current = true;
    setDocument(undefined);
    setFailed('');
    loadTemplate(templateKey(version.version, `policies/${id}`))
      .then((loaded) => current && setDocument(loaded))
      .catch((error: Error) => current && setFailed(error.message));
    return () => {
      current = false;
    };
  }, [id, version.version]);

  const { currentLocale } = useDocusaurusContext().i18n;
  const resolved = useMemo(
    () => (document ? resolveTemplate(document.body, deferred, currentLocale === 'fr' ? 'fr' : 'en') : undefined),
    [document, deferred, currentLocale],
  );
  const title = (templateId: string) => version.docs[`policies/${templateId}`]?.title ?? templateId;

  return (
    <section className={styles.preview} aria-labelledby="profile-preview">
      <h2 id="profile-preview">
        <Translate id="kit.profilePreview.heading">Preview</Translate>
      </h2>
      <div className={styles.field}>
        <label htmlFor="preview-template" className={styles.label}>
          <Translate id="kit.profilePreview.template">Template</Translate>
        </label>
        <select
          id="preview-template"
          className={styles.input}
          value={id}
          onChange={(event) => setId(event.target.value)}
        >
          {templates.map((template) => (
            <option key={template.id} value={template.id}>
              {title(template.id)}
            </option>
          ))}
        </select>
      </div>
      <p className={styles.help}>
        <Translate id="kit.profilePreview.help">
          The preview follows the form as you type. Template pages and downloads use the profile once you save it.
        </Translate>
      </p>
      <div
        className={styles.previewBody}
        tabIndex={0}
        role="region"
        aria-label={translate({ id: 'kit.profilePreview.label', message: 'Preview of {title}' }, { title: title(id) })}
        data-testid="profile-preview"
      >
        {failed ? (
          <p>
            {translate(
              { id: 'kit.profilePreview.failed', message: 'The preview could not load: {reason}' },
              { reason: failed },
            )}
          </p>
        ) : null}
        {!failed && !resolved ? (
          <p>
            <Translate id="kit.profilePreview.loading">Loading the preview…</Translate>
          </p>
        ) : null}
        {resolved ? (
          <>
            <h3>{document?.title}</h3>
            <TemplatePreview tree={resolved.tree} depthOffset={2} />
          </>
        ) : null}
      </div>
    </section>
  );
}
