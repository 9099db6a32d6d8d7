import { decodeRows } from './doc-access';
import { requireCollection, type DbContext, type Reply } from './db-context';
import { decodeEjson, encodeReply, type Doc } from './ejson-codec';
import { invalidParam } from './errors';
import { geoNearStage } from './geo-near-stage';
import { runAggregate } from './mingo-engine';
import { candidateRows } from './query-planner';
import { collectionName, type Body } from './request-fields';

const isPlainObject = (v: unknown): v is Doc =>
  typeof v === 'object' && v !== null && Object.getPrototypeOf(v) === Object.prototype;

/** `[{stageKey, stageValue}]` as the SDK sends it, into a mingo pipeline. */
function pipelineOf(body: Body, now: () => number): Doc[] {
  if (!Array.isArray(body.stages)) throw invalidParam('stages must be an array');
  return body.stages.map((stage, i) => {
    const { stageKey, stageValue } = (stage ?? {}) as { stageKey?: unknown; stageValue?: unknown };
    if (typeof stageKey !== 'string' || !stageKey.startsWith('$')) throw invalidParam(`stages[${i}].stageKey must be a $stage name`);
    return { [stageKey]: decodeEjson(stageValue, now, `stages[${i}].stageValue`) };
  });
}

/**
 * `database.aggregateDocuments`. Runs on committed data (the SDK never sends a transaction id here).
 * A leading `$match` (or `$geoNear` query) picks its candidates through the indexes like a query does.
 */
export function aggregateDocuments(ctx: DbContext, body: Body): Reply {
  const coll = collectionName(body);
  requireCollection(ctx, coll);
  const pipeline = pipelineOf(body, ctx.now);
  if (pipeline.some((stage, i) => i > 0 && '$geoNear' in stage)) throw invalidParam('$geoNear is only valid as the first stage in a pipeline');
  const geoNear = pipeline[0]?.$geoNear;
  const first = geoNear === undefined ? pipeline[0]?.$match : (geoNear as Doc | null)?.query;
  const rows = isPlainObject(first) ? candidateRows(ctx.store, coll, first).rows : ctx.store.scan(coll);
  const lookup = (name: string): Doc[] => (ctx.store.hasCollection(name) ? decodeRows(ctx.store.scan(name)).map((e) => e.doc) : []);
  const docs = decodeRows(rows).map((e) => e.doc);
  const list = geoNear === undefined ? runAggregate(docs, pipeline, lookup) : runAggregate(geoNearStage(docs, geoNear), pipeline.slice(1), lookup);
  return { data: { list: list.map(encodeReply) } };
}
