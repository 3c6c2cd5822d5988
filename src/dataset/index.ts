/** County dataset files: CSV and GeoJSON formats, validation, reading and writing. Depends on the domain only. */
export * from './dataset.js';
export * from './dataset-files.js';
export * from './cross-check.js';
export { decodeRoads, decodeWaterways, roadToFeature, waterwayToFeature } from './geojson-layers.js';
export { decodeTable, encodeTable, type TableCodec, type DecodedTable } from './table-codec.js';
export { parseCsvText, formatCsvText } from './csv-text.js';
export * as tables from './tables.js';
