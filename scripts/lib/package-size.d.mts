export interface FileEntry {
  /** Relative to the output root, forward slashes. */
  path: string;
  bytes: number;
}
export interface Budget {
  main: number;
  subpackage: number;
}
export interface Measured {
  main: number;
  subpackages: Array<{ root: string; bytes: number }>;
  total: number;
}
export interface BudgetRow {
  name: string;
  kb: number;
  limitKb: number;
  over: boolean;
}
export interface BudgetResult {
  ok: boolean;
  rows: BudgetRow[];
  totalKb: number;
}
export const BUDGET_KB: Budget;
export function subpackageRoots(appJson: { subPackages?: Array<{ root: string }>; subpackages?: Array<{ root: string }> }): string[];
export function measurePackages(files: FileEntry[], roots: string[]): Measured;
export function checkBudget(measured: Measured, budget?: Budget): BudgetResult;
export function formatReport(result: BudgetResult): string;
export function readTree(dir: string): FileEntry[];
export function checkBuild(dir: string, budget?: Budget): BudgetResult;
