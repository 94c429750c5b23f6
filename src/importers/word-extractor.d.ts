/** Types for word-extractor 1.0.4 (the package ships none); only what the .doc importer uses. */
declare module 'word-extractor' {
  /** An extracted Word document. */
  interface WordDocument {
    getBody(options?: { filterUnicode?: boolean }): string;
  }
  /** Reads .doc (OLE2) and .docx files. */
  export default class WordExtractor {
    extract(source: string | Buffer): Promise<WordDocument>;
  }
}
