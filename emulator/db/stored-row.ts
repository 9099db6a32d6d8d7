/** A committed document as stored: its `_id` key, its EJSON text and its version. */
export interface StoredRow {
  /** Insertion order. */
  seq: number;
  key: string;
  body: string;
  version: number;
}
