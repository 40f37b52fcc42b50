/**
 * The spreadsheet entry (`frise/csv`): reads CSV or TSV exported from Google Sheets, Excel or
 * LibreOffice into the Frise data format. Apart from `frise/core` so that pages which only
 * show JSON timelines do not ship a CSV reader. React-free, safe in Node and workers.
 */

export type { CsvDelimiter } from './model/csvRecords.js';
export { type ParseTimelineCsvOptions, parseTimelineCsv } from './model/parseTimelineCsv.js';
