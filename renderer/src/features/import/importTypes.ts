import type { IMPORT_DELIMITERS, IMPORT_ENCODINGS, ImportPreview } from '@shared/domain/import';
import type { Mapping } from './mappingMemory';

export type Encoding = (typeof IMPORT_ENCODINGS)[number];
export type Delimiter = (typeof IMPORT_DELIMITERS)[number];

/** The settings the user changed from what the engine detected; an empty object means "detect everything". */
export interface Options {
  encoding?: Encoding;
  delimiter?: Delimiter;
  mapping?: Mapping;
}

/** What the automatic detection said about a file, kept once the user picks an encoding (the engine then stops offering alternatives). */
export interface Detection {
  encoding: Encoding;
  confidence: ImportPreview['encodingConfidence'];
  sample: string;
  alternatives: ImportPreview['encodingAlternatives'];
}
