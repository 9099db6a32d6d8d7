import { Aggregator } from 'mingo/aggregator';
import { Context } from 'mingo/core';
import * as accumulatorOperators from 'mingo/operators/accumulator';
import * as expressionOperators from 'mingo/operators/expression';
import * as pipelineOperators from 'mingo/operators/pipeline';
import * as projectionOperators from 'mingo/operators/projection';
import * as mingoQueryOperators from 'mingo/operators/query';
import * as windowOperators from 'mingo/operators/window';
import { Query } from 'mingo/query';
import { update as mingoUpdate } from 'mingo/updater';
import { resolve } from 'mingo/util';
import type { Doc } from './ejson-codec';
import { invalidParam } from './errors';
import { $geoIntersects, $geoWithin, $nearSphere, nearSphereDistance } from './geo-operators';
import { jsonSchemaValidator } from './json-schema';
import { $elemMatch, EXPRESSION_OPERATORS } from './mongo-operators';

/**
 * Query, update and aggregation semantics all come from mingo; this file only adds the geo operators
 * mingo lacks, the operators where it differs from MongoDB (mongo-operators.ts), and adapts its API to documents that were decoded for this one request (so in-place
 * mutation by mingo is fine).
 */
type Ops = NonNullable<Parameters<typeof Context.init>[0]>;
const queryOperators = { $nearSphere, $near: $nearSphere, $geoWithin, $geoIntersects, $elemMatch } as unknown as Ops['query'];
// One full operator set with ours replacing mingo's (the `mingo` entry point would let its own win).
const context = Context.init({
  accumulator: accumulatorOperators as unknown as Ops['accumulator'],
  expression: { ...expressionOperators, ...EXPRESSION_OPERATORS } as unknown as Ops['expression'],
  pipeline: pipelineOperators as unknown as Ops['pipeline'],
  projection: projectionOperators as unknown as Ops['projection'],
  query: { ...mingoQueryOperators, ...queryOperators } as unknown as Ops['query'],
  window: windowOperators as unknown as Ops['window'],
});
const OPTIONS = { context, jsonSchemaValidator };

export type SortSpec = Record<string, 1 | -1>;

export interface FindOptions {
  order?: SortSpec;
  skip?: number;
  limit?: number;
  projection?: Doc;
}

export function compileQuery(query: Doc): Query {
  return new Query(query, OPTIONS);
}

/** Filters candidates, orders them (nearest first for `$nearSphere`, then `order`), pages, projects. */
export function runFind(candidates: Doc[], query: Doc, opts: FindOptions = {}): { docs: Doc[]; total: number; matched: Doc[] } {
  const q = compileQuery(query);
  const matched = candidates.filter((d) => q.test(d));
  const total = matched.length;
  const distance = nearSphereDistance(query);
  let ordered = matched;
  if (distance) {
    ordered = matched.map((doc) => ({ doc, d: distance(doc) })).sort((a, b) => a.d - b.d).map((x) => x.doc);
  }
  const cursor = new Query({}, OPTIONS).find<Doc>(ordered);
  if (opts.order && Object.keys(opts.order).length > 0) cursor.sort(opts.order);
  if (opts.skip) cursor.skip(opts.skip);
  if (opts.limit !== undefined) cursor.limit(opts.limit);
  return { docs: project(cursor.all(), opts.projection ?? {}), total, matched };
}

const mingoProject = (docs: Doc[], projection: Doc): Doc[] => new Query({}, OPTIONS).find<Doc>(docs, projection).all();
const isSlice = (v: unknown): boolean => typeof v === 'object' && v !== null && '$slice' in v;

/**
 * Find projection. mingo treats `{arr: {$slice}}` as an inclusion; MongoDB (4.4+) keeps every other
 * field unless something else is included. So a slice without inclusions is applied on top of the
 * (exclusion) projection of the rest.
 */
function project(docs: Doc[], projection: Doc): Doc[] {
  const entries = Object.entries(projection);
  const slices = entries.filter(([, v]) => isSlice(v));
  const rest = entries.filter(([, v]) => !isSlice(v));
  const includes = rest.some(([k, v]) => k !== '_id' && v !== 0 && v !== false);
  if (slices.length === 0 || includes) return entries.length > 0 ? mingoProject(docs, projection) : docs;
  const sliced = mingoProject(docs, Object.fromEntries(slices));
  const base = rest.length > 0 ? mingoProject(docs, Object.fromEntries(rest)) : docs;
  base.forEach((doc, i) => {
    const fields = Object.fromEntries(slices.map(([field]) => [field, resolve(sliced[i], field)]).filter(([, v]) => v !== undefined));
    if (Object.keys(fields).length > 0) mingoUpdate(doc, { $set: fields }, undefined, undefined, { queryOptions: OPTIONS });
  });
  return base;
}

const UPDATE_OPERATORS = new Set([
  '$set', '$unset', '$inc', '$mul', '$push', '$pop', '$pull', '$pullAll', '$addToSet', '$rename', '$max', '$min', '$currentDate', '$bit',
]);

/** Rejects anything that is not an operator document, and any attempt to change `_id`. */
export function validateUpdate(update: unknown): asserts update is Record<string, Doc> {
  if (typeof update !== 'object' || update === null || Array.isArray(update)) throw invalidParam('update data must be an object');
  const ops = Object.entries(update);
  if (ops.length === 0) throw invalidParam('update data is empty');
  for (const [op, fields] of ops) {
    if (!UPDATE_OPERATORS.has(op)) throw invalidParam(`unknown update operator ${op}`);
    if (typeof fields !== 'object' || fields === null || Array.isArray(fields)) throw invalidParam(`${op} takes an object`);
    for (const [path, value] of Object.entries(fields)) {
      if (path === '_id' || path.startsWith('_id.') || (op === '$rename' && value === '_id')) throw invalidParam('_id cannot be updated');
    }
  }
}

/** True when every existing prefix of a plain dot path is an object, so the path can hold a new field. */
function isMissingPlainPath(doc: Doc, path: string): boolean {
  if (path.includes('$')) return false;
  const parts = path.split('.');
  let node: unknown = doc;
  for (const part of parts) {
    if (node === undefined) return true;
    if (typeof node !== 'object' || node === null || Array.isArray(node)) return false;
    node = (node as Doc)[part];
  }
  return node === undefined;
}

/**
 * Applies an operator update in place and says whether the document changed. mingo creates a
 * missing array for `$push`/`$addToSet` from `$each` verbatim, skipping `$sort`/`$slice` and the
 * de-duplication; starting such fields as `[]` (what MongoDB does first as well) gets the full
 * operator semantics.
 */
export function applyUpdate(doc: Doc, update: Record<string, Doc>): boolean {
  const seed: Doc = {};
  for (const op of ['$push', '$addToSet']) {
    for (const path of Object.keys(update[op] ?? {})) if (isMissingPlainPath(doc, path)) seed[path] = [];
  }
  const created = Object.keys(seed).length > 0 && mingoUpdate(doc, { $set: seed }, undefined, undefined, { queryOptions: OPTIONS }).length > 0;
  const changed = mingoUpdate(doc, update, undefined, undefined, { queryOptions: OPTIONS });
  return created || changed.length > 0;
}

/** The document an upsert starts from: the query's plain equality conditions. */
export function upsertSeed(query: Doc): Doc {
  const seed: Doc = {};
  const fields: Doc = {};
  for (const [field, cond] of Object.entries(query)) {
    if (field.startsWith('$')) continue;
    const isOps = typeof cond === 'object' && cond !== null && Object.keys(cond).some((k) => k.startsWith('$'));
    if (!isOps) fields[field] = cond;
    else if ('$eq' in (cond as Doc)) fields[field] = (cond as Doc).$eq;
  }
  if (Object.keys(fields).length > 0) mingoUpdate(seed, { $set: fields }, undefined, undefined, { queryOptions: OPTIONS });
  return seed;
}

/** Runs a pipeline; `$lookup` reads other collections through `lookup`. */
export function runAggregate(source: Doc[], pipeline: Doc[], lookup: (collection: string) => Doc[]): Doc[] {
  return new Aggregator(pipeline, { ...OPTIONS, collectionResolver: lookup }).run(source);
}
