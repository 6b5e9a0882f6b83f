/**
 * Lay a flow out for its diagram, at build time, with dagre (top to bottom). The result is plain
 * numbers (rounded, so the SVG is stable) that `svg.ts` turns into markup; no layout library ever
 * reaches the reader's browser.
 */
import { Graph, layout } from '@dagrejs/dagre';
import { KIND_LABELS, ROLE_LABELS, type Flow, type FlowNode } from '../../schema/flow';
import { wrapText } from './text';

export interface Point {
  x: number;
  y: number;
}

export interface NodeBox {
  id: string;
  kind: FlowNode['kind'];
  /** Top-left corner and size. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** "Decision · Moderator" */
  header: string;
  lines: string[];
  /** "Target: within 24 hours", wrapped; empty without a time target. */
  target: string[];
}

export interface EdgeLine {
  from: string;
  to: string;
  points: Point[];
  /** True when the edge establishes a flag (it is drawn heavier). */
  marks: boolean;
  label?: { x: number; y: number; width: number; height: number; lines: string[] };
}

export interface FlowLayout {
  width: number;
  height: number;
  nodes: NodeBox[];
  edges: EdgeLine[];
}

/** Sizes in px, shared with the SVG renderer. Fonts: 13px labels, 11px headers, targets and edge labels. */
export const METRICS = {
  nodeWidth: 224,
  padding: 10,
  headerHeight: 15,
  lineHeight: 17,
  smallLineHeight: 14,
  labelChars: 30,
  decisionLabelChars: 26,
  smallChars: 36,
  decisionSmallChars: 30,
  edgeLabelChars: 24,
  edgeCharWidth: 6.2,
} as const;

const round = (value: number) => Math.round(value * 10) / 10;

function nodeContent(node: FlowNode) {
  const chars = node.kind === 'decision' ? METRICS.decisionLabelChars : METRICS.labelChars;
  const lines = wrapText(node.label, chars);
  const target = node.time_target
    ? wrapText(
        `Target: ${node.time_target}`,
        node.kind === 'decision' ? METRICS.decisionSmallChars : METRICS.smallChars,
      )
    : [];
  const height =
    METRICS.padding * 2 +
    METRICS.headerHeight +
    lines.length * METRICS.lineHeight +
    target.length * METRICS.smallLineHeight;
  return { header: `${KIND_LABELS[node.kind]} · ${ROLE_LABELS[node.role]}`, lines, target, height };
}

export function layoutFlow(flow: Flow): FlowLayout {
  const graph = new Graph({ multigraph: true });
  graph.setGraph({ rankdir: 'TB', nodesep: 28, ranksep: 40, edgesep: 14, marginx: 8, marginy: 8 });
  graph.setDefaultEdgeLabel(() => ({}));
  const contents = new Map<string, ReturnType<typeof nodeContent>>();
  for (const node of flow.nodes) {
    if (contents.has(node.id)) continue;
    const content = nodeContent(node);
    contents.set(node.id, content);
    graph.setNode(node.id, { width: METRICS.nodeWidth, height: content.height });
  }
  const labels = new Map<string, string[]>();
  flow.edges.forEach((edge, index) => {
    if (!contents.has(edge.from) || !contents.has(edge.to)) return;
    const text = edge.case ?? edge.condition;
    const name = `e${index}`;
    if (text === undefined) {
      graph.setEdge(edge.from, edge.to, {}, name);
      return;
    }
    const lines = wrapText(text, METRICS.edgeLabelChars);
    labels.set(name, lines);
    const width = Math.ceil(Math.max(...lines.map((line) => line.length)) * METRICS.edgeCharWidth) + 10;
    graph.setEdge(
      edge.from,
      edge.to,
      { width, height: lines.length * METRICS.smallLineHeight + 6, labelpos: 'c' },
      name,
    );
  });
  layout(graph);

  const nodes: NodeBox[] = [];
  for (const node of flow.nodes) {
    const content = contents.get(node.id);
    if (!content || nodes.some((box) => box.id === node.id)) continue;
    const placed = graph.node(node.id) as { x: number; y: number; width: number; height: number };
    nodes.push({
      id: node.id,
      kind: node.kind,
      x: round(placed.x - placed.width / 2),
      y: round(placed.y - placed.height / 2),
      width: placed.width,
      height: placed.height,
      header: content.header,
      lines: content.lines,
      target: content.target,
    });
  }
  const edges: EdgeLine[] = [];
  flow.edges.forEach((edge, index) => {
    const name = `e${index}`;
    const placed = graph.edge({ v: edge.from, w: edge.to, name }) as
      { points: Point[]; x?: number; y?: number; width?: number; height?: number } | undefined;
    if (!placed) return;
    const line: EdgeLine = {
      from: edge.from,
      to: edge.to,
      points: placed.points.map((point) => ({ x: round(point.x), y: round(point.y) })),
      marks: (edge.establishes?.length ?? 0) > 0,
    };
    const lines = labels.get(name);
    if (lines && placed.x !== undefined && placed.y !== undefined) {
      line.label = {
        x: round(placed.x),
        y: round(placed.y),
        width: placed.width ?? 0,
        height: placed.height ?? 0,
        lines,
      };
    }
    edges.push(line);
  });
  const size = graph.graph() as { width?: number; height?: number };
  return { width: Math.ceil(size.width ?? 0), height: Math.ceil(size.height ?? 0), nodes, edges };
}
