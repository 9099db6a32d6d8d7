export interface FunctionFolder {
  name: string;
  config: { timeout?: number; triggers?: Array<{ name: string; type: string; config: string }>; [key: string]: unknown };
}
export interface IndexSpec {
  collection: string;
  field: string;
  unique?: boolean;
}
export interface DeclaredProject {
  functions: FunctionFolder[];
  collections: readonly string[];
  indexes: readonly IndexSpec[];
  /** Variables every function gets from {{env.NAME}}. */
  variables: readonly string[];
}
// JSON read from disk; the checker looks at it field by field.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Cloudbaserc = Record<string, any>;

export const RUNTIME: string;
export const MEMORY_MB: number;
export const SECRET_VARIABLES: string[];
export const FUNCTION_IGNORE: string[];
export const DENY_ALL: { read: false; write: false };
export const DATABASE_PLUGIN: string;
export function readFunctions(root: string): FunctionFolder[];
export function functionEntry(folder: FunctionFolder, variables: readonly string[]): Cloudbaserc;
export function indexName(field: string): string;
export function databaseCollections(collections: readonly string[], indexes: readonly IndexSpec[]): Cloudbaserc[];
export function renderCloudbaserc(project: DeclaredProject): Cloudbaserc;
export function runtimeMajor(runtime: string): number;
export function checkDeployConfig(rc: Cloudbaserc, project: DeclaredProject): string[];
export function resolveVariables(config: Cloudbaserc, env: Record<string, string | undefined>): { config: Cloudbaserc; missing: string[] };
