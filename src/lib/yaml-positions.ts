/**
 * Parse YAML and find where a path (e.g. ['sources', 0, 'url']) stands in the text, so that every
 * message can point at the offending line.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';

export interface Position {
  line: number;
  column: number;
}

export interface ParsedYaml {
  value: unknown;
  /** YAML syntax errors, with their position. */
  errors: { message: string; position: Position }[];
  /** Where the value (or, for a missing key, the nearest parent key) at `path` starts. */
  positionOf(path: readonly (string | number)[]): Position;
}

export function parseYamlWithPositions(text: string): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const toPosition = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const errors = doc.errors.map((error) => ({
    message: error.message.split('\n')[0] ?? error.message,
    position: toPosition(error.pos[0]),
  }));
  const start: Position = { line: 1, column: 1 };

  return {
    value: errors.length > 0 ? undefined : doc.toJS(),
    errors,
    positionOf(path) {
      let node: unknown = doc.contents;
      let best: Position = doc.contents?.range ? toPosition(doc.contents.range[0]) : start;
      for (const key of path) {
        if (isMap(node)) {
          const pair = node.items.find((item) => isScalar(item.key) && item.key.value === key);
          if (!pair) return best;
          const keyNode = pair.key as YamlNode;
          if (keyNode.range) best = toPosition(keyNode.range[0]);
          node = pair.value;
        } else if (isSeq(node) && typeof key === 'number') {
          const item = node.items[key] as YamlNode | undefined;
          if (!item) return best;
          if (item.range) best = toPosition(item.range[0]);
          node = item;
        } else {
          return best;
        }
      }
      return best;
    },
  };
}

/**
 * The YAML syntax errors of a parsed file as problems, each naming `file`, its line and column, and
 * carrying `fields` (how the caller labels a syntax error: `{ field: '(yaml)' }`, `{ check: 'yaml' }`).
 * `format` names what the file should have been, for the message ("Not valid YAML: …").
 */
export function yamlSyntaxProblems<Fields extends object>(
  yaml: ParsedYaml,
  file: string,
  fields: Fields,
  format = 'YAML',
): (Position & Fields & { file: string; message: string })[] {
  return yaml.errors.map((error) => ({
    file,
    ...error.position,
    ...fields,
    message: `Not valid ${format}: ${error.message}`,
  }));
}

/** Problems in the order they stand in the file (sorts in place, and returns the list). */
export function inFileOrder<T extends Position>(problems: T[]): T[] {
  return problems.sort((a, b) => a.line - b.line || a.column - b.column);
}
