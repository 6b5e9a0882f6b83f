/**
 * Which schema checks which data file. A data file lives in a `_data/` folder beside the docs that
 * show it and is named after its kind; a file with no kind here is an error, so nothing unchecked ships.
 */
import type { z } from 'zod';
import { jurisdictionsDataSchema } from './jurisdictions-data';
import { programmesDataSchema } from './programmes';

export const DATA_KINDS: Record<string, z.ZodType> = {
  'jurisdictions.yaml': jurisdictionsDataSchema,
  'programmes.yaml': programmesDataSchema,
};

export const DATA_KINDS_FILE = 'src/schema/data-kinds.ts';
