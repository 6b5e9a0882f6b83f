/** Validate a flow file on disk (src/lib/flows/validate.ts checks its text). Node only: it reads the file. */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { validateFlowText, type FlowResult, type ProfileResponseTimes } from '../flows/validate';

/** Problems name the file relative to `root`; time targets are held to `responseTimes` when given, else the defaults. */
export function validateFlowFile(path: string, root = process.cwd(), responseTimes?: ProfileResponseTimes): FlowResult {
  return validateFlowText(
    readFileSync(path, 'utf8'),
    relative(root, path) || path,
    responseTimes ? { responseTimes } : {},
  );
}
