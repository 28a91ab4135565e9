import { formatDate } from '../../../shared/logic/template';
import { personalise } from '../writing/personalise';
import { customersCsvFile } from './customers-csv';
import { documentsFile } from './documents/documents-file';
import { personDataFile } from './person-data';
import type { FileProducers } from './types';

/** Every file channel's producer; the type makes a missing one a compile error. A new document kind adds one line. */
export const fileProducers: FileProducers = {
  'exports.customersCsv': customersCsvFile,
  'exports.personData': personDataFile,
  'documents.export': documentsFile({ personalise, formatDate }),
};
