/**
 * What a page gets when it imports a flow file (`import flow from './_data/x.flow.yaml'`): the
 * checked flow, its diagram as SVG markup, its Mermaid text, its step table and the YAML itself.
 * Everything is computed at build time by `src/plugins/kit-data.ts`; the page ships only strings.
 */
import type { Flow } from '../../schema/flow';
import { layoutFlow } from './layout';
import { flowToMermaid } from './mermaid';
import { stepRows, type StepRow } from './steps';
import { renderFlowSvg } from './svg';

export interface FlowBundle {
  id: string;
  title: string;
  summary: string;
  /** File name for "Download YAML". */
  fileName: string;
  yaml: string;
  svg: string;
  mermaid: string;
  steps: StepRow[];
  /** For a released flow: the safety checks added since its release that it fails, as "check-id: message". */
  laterFindings: string[];
}

export function bundleFlow(flow: Flow, yaml: string, laterFindings: readonly string[] = []): FlowBundle {
  return {
    id: flow.id,
    title: flow.title,
    summary: flow.summary,
    fileName: `${flow.id}.flow.yaml`,
    yaml,
    svg: renderFlowSvg(flow, layoutFlow(flow)),
    mermaid: flowToMermaid(flow),
    steps: stepRows(flow),
    laterFindings: [...laterFindings],
  };
}
