import { registerEnglishPart } from '../strings.js';
/** Words of rp-contacts' dialogs, which load on use: Import Contact, View Contact, Share, Transfer and Delete. */
export const contactsDialogs = {
  // Import
  importTitle: 'Import Contact',
  importSteps: 'Download the CSV template, remove its sample record, add your contacts and upload the file.',
  downloadTemplate: 'Download CSV template',
  templateName: 'ContactTemplate.csv',
  dropHere: 'Drag and drop your CSV file here, or',
  browse: 'Browse',
  chooseFile: 'Choose a CSV file to upload',
  importing: 'Importing {file}…',
  progress: 'Import progress',
  progressText: '{done} of {total} record(s) processed',
  readingFile: 'Reading {file}…',
  importSummary: '{ok} record(s) out of {total} record(s) successfully uploaded and added to your Contact list.',
  importFailures: '{failed} record(s) failed with the following error details. Please download the error records, fix them, and upload again.',
  duplicatesNote: '{n} of them match a contact already in your list (same email or phone) and were not added again.',
  rowError: 'Row {row}: {error}',
  moreErrors: 'and {n} more in ErrorDetail.csv',
  download: 'Download',
  uploadAnother: 'Upload another file',
  refusedEmpty: '{file} is empty. Choose a CSV file with a header row and at least one contact.',
  refusedBinary: '{file} is not a CSV text file. Save your sheet as CSV (comma-separated values) and upload that.',
  refusedLarge: '{file} is {size}, larger than the {max} an import accepts. Split it into smaller files.',
  refusedNoRows: '{file} has no contact records under its header row.',
  refusedHeaders: '{file} has no column this import knows (such as Last Name). Start from the CSV template.',
  importFailed: 'The import stopped: {error}',
  // View Contact
  detailsTitle: 'Contact Details: {name}',
  tabs: { profile: 'Profile', activity: 'Activity', sharing: 'Contact Sharing', changeLog: 'Change Log' },
  // Share, transfer, delete
  shareTitle: 'Share Contact',
  transferTitle: 'Transfer Ownership',
  searchStaff: 'Search staff',
  noStaffMatch: 'No staff member matches “{query}”.',
  share: 'Share',
  transfer: 'Transfer',
  confirmShare: 'Share {contact} with {staff}?',
  shared: 'The Contact has been successfully shared.',
  transferred: 'The Contact has been successfully transferred.',
  deleteTitle: 'Delete Contact',
  confirmDelete: 'Delete {contact}? This cannot be undone.',
  deleted: 'The Contact has been successfully deleted.',
  selectStaff: 'Select at least one staff member.',
  currentOwner: '(owner)',
};

registerEnglishPart('contacts', contactsDialogs);
