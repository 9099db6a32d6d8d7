import { isEqual } from 'mingo/util';
import { invalidParam } from './errors';

/**
 * MongoDB's `$jsonSchema` (draft 4 with `bsonType`, without `$ref`, `default`, `format` or the
 * `integer` type). Numbers are plain JS numbers here, so `int`/`long` mean "integral" and
 * `double`/`decimal`/`number` mean "any number".
 */
type Schema = Record<string, unknown>;
type Check = (value: unknown) => boolean;

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date) && !(v instanceof RegExp) && (v as { _bsontype?: string })._bsontype === undefined;

const BSON_TYPES: Record<string, Check> = {
  double: (v) => typeof v === 'number',
  number: (v) => typeof v === 'number',
  decimal: (v) => typeof v === 'number',
  int: (v) => Number.isInteger(v),
  long: (v) => Number.isInteger(v),
  string: (v) => typeof v === 'string',
  object: isObject,
  array: Array.isArray,
  bool: (v) => typeof v === 'boolean',
  date: (v) => v instanceof Date,
  null: (v) => v === null,
  regex: (v) => v instanceof RegExp,
  objectId: (v) => (v as { _bsontype?: string } | null)?._bsontype === 'ObjectId',
};
const JSON_TYPES: Record<string, Check> = {
  object: isObject,
  array: Array.isArray,
  number: (v) => typeof v === 'number',
  boolean: (v) => typeof v === 'boolean',
  string: (v) => typeof v === 'string',
  null: (v) => v === null,
};

function typeCheck(spec: unknown, table: Record<string, Check>, keyword: string): Check {
  const names = Array.isArray(spec) ? spec : [spec];
  const checks = names.map((n) => {
    if (typeof n !== 'string' || !Object.hasOwn(table, n)) throw invalidParam(`$jsonSchema ${keyword} "${String(n)}" is not supported`);
    return table[n];
  });
  return (v) => checks.some((c) => c(v));
}

const num = (schema: Schema, key: string): number | undefined => (typeof schema[key] === 'number' ? (schema[key] as number) : undefined);
const subSchemas = (value: unknown, key: string): Check[] => {
  if (!Array.isArray(value) || value.length === 0) throw invalidParam(`$jsonSchema ${key} takes a non-empty array`);
  return value.map(compileSchema);
};

/** Compiles one schema node into a predicate; unsupported keywords are refused as MongoDB does. */
export function compileSchema(node: unknown): Check {
  if (!isObject(node)) throw invalidParam('$jsonSchema takes an object');
  const schema = node as Schema;
  const checks: Check[] = [];
  const when = (guard: Check, check: Check): void => void checks.push((v) => !guard(v) || check(v));
  for (const key of Object.keys(schema)) {
    const value = schema[key];
    switch (key) {
      case 'title':
      case 'description':
        break;
      case 'bsonType':
        checks.push(typeCheck(value, BSON_TYPES, key));
        break;
      case 'type':
        checks.push(typeCheck(value, JSON_TYPES, key));
        break;
      case 'enum':
        if (!Array.isArray(value)) throw invalidParam('$jsonSchema enum takes an array');
        checks.push((v) => value.some((e) => isEqual(e, v)));
        break;
      case 'required':
        if (!Array.isArray(value)) throw invalidParam('$jsonSchema required takes an array');
        when(isObject, (v) => value.every((k) => Object.hasOwn(v as object, String(k))));
        break;
      case 'properties': {
        if (!isObject(value)) throw invalidParam('$jsonSchema properties takes an object');
        const props = Object.entries(value).map(([k, s]) => [k, compileSchema(s)] as const);
        when(isObject, (v) => props.every(([k, c]) => !Object.hasOwn(v as object, k) || c((v as Schema)[k])));
        break;
      }
      case 'patternProperties': {
        if (!isObject(value)) throw invalidParam('$jsonSchema patternProperties takes an object');
        const pats = Object.entries(value).map(([p, s]) => [new RegExp(p, 'u'), compileSchema(s)] as const);
        when(isObject, (v) => Object.entries(v as Schema).every(([k, x]) => pats.every(([re, c]) => !re.test(k) || c(x))));
        break;
      }
      case 'additionalProperties': {
        const known = new Set(Object.keys(isObject(schema.properties) ? schema.properties : {}));
        const pats = Object.keys(isObject(schema.patternProperties) ? schema.patternProperties : {}).map((p) => new RegExp(p, 'u'));
        const extra = (k: string): boolean => !known.has(k) && !pats.some((re) => re.test(k));
        const check: Check = value === false ? () => false : value === true ? () => true : compileSchema(value);
        when(isObject, (v) => Object.entries(v as Schema).every(([k, x]) => !extra(k) || check(x)));
        break;
      }
      case 'minProperties':
      case 'maxProperties': {
        const n = num(schema, key) ?? NaN;
        when(isObject, (v) => (key === 'minProperties' ? Object.keys(v as object).length >= n : Object.keys(v as object).length <= n));
        break;
      }
      case 'dependencies':
        if (!isObject(value)) throw invalidParam('$jsonSchema dependencies takes an object');
        for (const [k, dep] of Object.entries(value)) {
          const check: Check = Array.isArray(dep) ? (v) => dep.every((d) => Object.hasOwn(v as object, String(d))) : compileSchema(dep);
          when((v) => isObject(v) && Object.hasOwn(v, k), check);
        }
        break;
      case 'minimum':
      case 'maximum': {
        const bound = num(schema, key) ?? NaN;
        const exclusive = schema[key === 'minimum' ? 'exclusiveMinimum' : 'exclusiveMaximum'] === true;
        const ok = key === 'minimum' ? (x: number) => (exclusive ? x > bound : x >= bound) : (x: number) => (exclusive ? x < bound : x <= bound);
        when((v) => typeof v === 'number', (v) => ok(v as number));
        break;
      }
      case 'exclusiveMinimum':
      case 'exclusiveMaximum':
        break;
      case 'multipleOf': {
        const m = num(schema, key) ?? NaN;
        when((v) => typeof v === 'number', (v) => Number.isInteger((v as number) / m));
        break;
      }
      case 'minLength':
      case 'maxLength': {
        const n = num(schema, key) ?? NaN;
        const len = (s: string): number => [...s].length;
        when((v) => typeof v === 'string', (v) => (key === 'minLength' ? len(v as string) >= n : len(v as string) <= n));
        break;
      }
      case 'pattern': {
        const re = new RegExp(String(value), 'u');
        when((v) => typeof v === 'string', (v) => re.test(v as string));
        break;
      }
      case 'items': {
        if (Array.isArray(value)) {
          const each = value.map(compileSchema);
          const rest = schema.additionalItems;
          const restCheck: Check = rest === false ? () => false : isObject(rest) ? compileSchema(rest) : () => true;
          when(Array.isArray, (v) => (v as unknown[]).every((x, i) => (i < each.length ? each[i](x) : restCheck(x))));
        } else {
          const each = compileSchema(value);
          when(Array.isArray, (v) => (v as unknown[]).every(each));
        }
        break;
      }
      case 'additionalItems':
        break;
      case 'minItems':
      case 'maxItems': {
        const n = num(schema, key) ?? NaN;
        when(Array.isArray, (v) => (key === 'minItems' ? (v as unknown[]).length >= n : (v as unknown[]).length <= n));
        break;
      }
      case 'uniqueItems':
        if (value === true) when(Array.isArray, (v) => (v as unknown[]).every((x, i, a) => a.findIndex((y) => isEqual(x, y)) === i));
        break;
      case 'allOf': {
        const all = subSchemas(value, key);
        checks.push((v) => all.every((c) => c(v)));
        break;
      }
      case 'anyOf': {
        const any = subSchemas(value, key);
        checks.push((v) => any.some((c) => c(v)));
        break;
      }
      case 'oneOf': {
        const one = subSchemas(value, key);
        checks.push((v) => one.filter((c) => c(v)).length === 1);
        break;
      }
      case 'not': {
        const not = compileSchema(value);
        checks.push((v) => !not(v));
        break;
      }
      default:
        throw invalidParam(`$jsonSchema keyword "${key}" is not supported`);
    }
  }
  return (v) => checks.every((c) => c(v));
}

/** mingo's `jsonSchemaValidator` option: the whole document is the value the root schema checks. */
export const jsonSchemaValidator = (schema: Record<string, unknown>): ((doc: unknown) => boolean) => compileSchema(schema);
