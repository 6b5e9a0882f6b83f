/** The diagram is drawn at build time; for a fixed flow its SVG must not change unless we mean it to. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { layoutFlow } from '../../../../src/lib/flows/layout';
import { renderFlowSvg } from '../../../../src/lib/flows/svg';
import { wrapText } from '../../../../src/lib/flows/text';
import { flowSchema } from '../../../../src/schema/flow';

const fixtures = join(import.meta.dirname, '../../../fixtures/flows');
const valid = flowSchema.parse(parse(readFileSync(join(fixtures, 'valid.flow.yaml'), 'utf8')));
const expectedFile = join(fixtures, 'expected/valid.svg');

describe('flow diagram', () => {
  it('renders the fixture flow exactly as the committed SVG', () => {
    const svg = renderFlowSvg(valid, layoutFlow(valid));
    // After an intended change to the drawing, regenerate with UPDATE_SVG=1 and review the diff.
    if (process.env.UPDATE_SVG === '1') writeFileSync(expectedFile, svg);
    expect(svg).toBe(readFileSync(expectedFile, 'utf8'));
  });

  it('is a labelled image with one group per node and per edge, and no script', () => {
    const svg = renderFlowSvg(valid, layoutFlow(valid));
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" class="flow-svg" viewBox="0 0 \d+ \d+"/);
    expect(svg).toContain('role="img" aria-labelledby="flow-valid-title flow-valid-desc"');
    expect(svg).toContain('<title id="flow-valid-title">Diagram of the flow: Small valid flow</title>');
    expect(svg).toContain(
      '<desc id="flow-valid-desc">9 steps, from &quot;A report arrives&quot; to 1 possible end. The step table gives the same information as text.</desc>',
    );
    expect(svg.match(/<g class="flow-node /g)).toHaveLength(valid.nodes.length);
    expect(svg.match(/<g class="flow-edge[ "]/g)).toHaveLength(valid.edges.length);
    expect(svg).toContain('<g class="flow-edge flow-edge--marks" data-from="is-csam" data-to="preserve">');
    expect(svg).toContain('>Preserve · T&amp;S lead</text>');
    expect(svg).not.toMatch(/<script|on\w+=/i);
  });

  it('lays nodes out top to bottom, start above end, within the drawing', () => {
    const layout = layoutFlow(valid);
    const box = (id: string) => layout.nodes.find((node) => node.id === id)!;
    expect(box('start').y).toBeLessThan(box('review').y);
    expect(box('report').y).toBeLessThan(box('delete').y);
    for (const node of layout.nodes) {
      expect(node.x).toBeGreaterThanOrEqual(0);
      expect(node.x + node.width).toBeLessThanOrEqual(layout.width);
      expect(node.y + node.height).toBeLessThanOrEqual(layout.height);
    }
  });

  it('wraps labels between words, and splits only words longer than a line', () => {
    expect(wrapText('Review the report with as few people as possible', 20)).toEqual([
      'Review the report',
      'with as few people',
      'as possible',
    ]);
    expect(wrapText('abcdefghij klm', 4)).toEqual(['abcd', 'efgh', 'ij', 'klm']);
  });
});
