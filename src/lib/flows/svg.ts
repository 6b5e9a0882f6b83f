/**
 * The diagram of a flow as static SVG markup, made at build time from its layout. Colours come
 * from CSS classes (`flow-*`) that the page styles with the theme's variables, so the diagram
 * follows the light and dark themes; shapes and a text header on every node carry the node's kind,
 * so nothing depends on colour alone. Pure and deterministic: the same flow gives the same bytes.
 */
import type { Flow, FlowNode } from '../../schema/flow';
import type { FlowLayout, NodeBox, Point } from './layout';
import { METRICS } from './layout';
import { escapeXml } from './text';

const fixed = (value: number) => String(Math.round(value * 10) / 10);

function shape(box: NodeBox): string {
  const { width: w, height: h } = box;
  switch (box.kind) {
    case 'start':
    case 'end':
      return `<rect class="flow-shape" width="${w}" height="${h}" rx="${fixed(Math.min(h / 2, 22))}"/>`;
    case 'decision': {
      const inset = 14;
      const points = [
        [inset, 0],
        [w - inset, 0],
        [w, h / 2],
        [w - inset, h],
        [inset, h],
        [0, h / 2],
      ];
      return `<polygon class="flow-shape" points="${points.map(([x, y]) => `${fixed(x!)},${fixed(y!)}`).join(' ')}"/>`;
    }
    case 'report-to-authority':
      return `<rect class="flow-shape flow-shape--strong" width="${w}" height="${h}" rx="3"/>`;
    case 'preserve':
      return `<rect class="flow-shape" width="${w}" height="${h}" rx="3"/><rect class="flow-shape-inner" x="4" y="4" width="${w - 8}" height="${h - 8}" rx="2"/>`;
    default:
      return `<rect class="flow-shape" width="${w}" height="${h}" rx="3"/>`;
  }
}

function nodeMarkup(box: NodeBox): string {
  const center = fixed(box.width / 2);
  const parts = [shape(box)];
  let y = METRICS.padding + 11;
  parts.push(
    `<text class="flow-node-header" x="${center}" y="${y}" text-anchor="middle">${escapeXml(box.header)}</text>`,
  );
  y += METRICS.headerHeight - 11;
  const label = box.lines.map((line, index) => {
    const dy = index === 0 ? 13 : METRICS.lineHeight;
    return `<tspan x="${center}" dy="${dy}">${escapeXml(line)}</tspan>`;
  });
  parts.push(
    `<text class="flow-node-label" x="${center}" y="${fixed(y)}" text-anchor="middle">${label.join('')}</text>`,
  );
  if (box.target.length > 0) {
    const top = y + (box.lines.length - 1) * METRICS.lineHeight + 4;
    const target = box.target.map(
      (line) => `<tspan x="${center}" dy="${METRICS.smallLineHeight}">${escapeXml(line)}</tspan>`,
    );
    parts.push(
      `<text class="flow-node-target" x="${center}" y="${fixed(top + 13)}" text-anchor="middle">${target.join('')}</text>`,
    );
  }
  return `<g class="flow-node flow-node--${box.kind}" data-node="${escapeXml(box.id)}" transform="translate(${fixed(box.x)} ${fixed(box.y)})">${parts.join('')}</g>`;
}

function pathData(points: readonly Point[]): string {
  return points.map((point, index) => `${index === 0 ? 'M' : 'L'}${fixed(point.x)} ${fixed(point.y)}`).join(' ');
}

/** The SVG for a flow; `flow` names it for assistive technology and gives ids a unique prefix. */
export function renderFlowSvg(flow: Pick<Flow, 'id' | 'title' | 'nodes'>, layout: FlowLayout): string {
  const prefix = `flow-${flow.id}`;
  const ends = flow.nodes.filter((node: FlowNode) => node.kind === 'end').length;
  const start = flow.nodes.find((node) => node.kind === 'start');
  const description = `${flow.nodes.length} steps, from "${start?.label ?? flow.nodes[0]?.label ?? ''}" to ${ends} possible ${ends === 1 ? 'end' : 'ends'}. The step table gives the same information as text.`;
  const edges = layout.edges.map((edge) => {
    const classes = edge.marks ? 'flow-edge flow-edge--marks' : 'flow-edge';
    const parts = [`<path class="flow-edge-line" d="${pathData(edge.points)}" marker-end="url(#${prefix}-arrow)"/>`];
    if (edge.label) {
      const { x, y, width, height, lines } = edge.label;
      parts.push(
        `<rect class="flow-edge-label-bg" x="${fixed(x - width / 2)}" y="${fixed(y - height / 2)}" width="${fixed(width)}" height="${fixed(height)}" rx="3"/>`,
      );
      const spans = lines.map(
        (line, index) =>
          `<tspan x="${fixed(x)}" dy="${index === 0 ? 0 : METRICS.smallLineHeight}">${escapeXml(line)}</tspan>`,
      );
      const first = y - height / 2 + 3 + 11;
      parts.push(
        `<text class="flow-edge-label" x="${fixed(x)}" y="${fixed(first)}" text-anchor="middle">${spans.join('')}</text>`,
      );
    }
    return `<g class="${classes}" data-from="${escapeXml(edge.from)}" data-to="${escapeXml(edge.to)}">${parts.join('')}</g>`;
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" class="flow-svg" viewBox="0 0 ${layout.width} ${layout.height}" width="${layout.width}" height="${layout.height}" style="max-width:${layout.width}px;min-width:${Math.round(layout.width * 0.8)}px" role="img" aria-labelledby="${prefix}-title ${prefix}-desc">`,
    `<title id="${prefix}-title">Diagram of the flow: ${escapeXml(flow.title)}</title>`,
    `<desc id="${prefix}-desc">${escapeXml(description)}</desc>`,
    `<defs><marker id="${prefix}-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerUnits="userSpaceOnUse" markerWidth="9" markerHeight="9" orient="auto-start-reverse"><path class="flow-arrowhead" d="M0 0L10 5L0 10z"/></marker></defs>`,
    `<g class="flow-edges">${edges.join('')}</g>`,
    `<g class="flow-nodes">${layout.nodes.map(nodeMarkup).join('')}</g>`,
    '</svg>',
    '',
  ].join('\n');
}
