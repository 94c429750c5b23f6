/**
 * pdf-parse's table geometry, the only part of pdf-parse the PDF importer uses (in its thread:
 * `pdf-thread.ts`). The build compiles this module into `dist/bundle/pdf-geometry.js`
 * (scripts/bundle-cli.mjs), which the thread imports by URL: a user's install needs no pdf-parse, whose
 * package brings a second copy of pdf.js's files and, as a hard dependency, the @napi-rs/canvas
 * renderer (docs/architecture.md, "PDF").
 */
export { Line, LineStore, Point, Rectangle, Shape, Table } from 'pdf-parse';
