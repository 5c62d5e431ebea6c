export * from './checkup-document.schema.js';
export * from './build-checkup-document.js';
export * from './checkup-csv-rows.js';
export * from './checkup-import-problems.js';
