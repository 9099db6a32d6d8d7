import { z } from 'zod';
import { zodErrorToApiError } from '../../shared/api/validation';
import { ACTIONS, splitAction } from '../../shared/api';

const errorOf = (schema: z.ZodTypeAny, value: unknown) => {
  const result = schema.safeParse(value);
  if (result.success) throw new Error('expected a validation error');
  return zodErrorToApiError(result.error);
};

describe('turning validation errors into screen messages', () => {
  it('keeps a Chinese message written on the schema and names the field', () => {
    const schema = z.object({ phone: z.string().regex(/^1\d{10}$/, '手机号格式不正确') });
    expect(errorOf(schema, { phone: '123' })).toEqual({ code: 'INVALID_INPUT', message: '手机号格式不正确', field: 'phone' });
  });

  it('asks for a missing field in Chinese', () => {
    expect(errorOf(z.object({ name: z.string() }), {})).toEqual({ code: 'INVALID_INPUT', message: '请填写 name', field: 'name' });
  });

  it('lists unexpected fields of a strict input', () => {
    expect(errorOf(z.object({}).strict(), { openid: 'x' }).message).toBe('包含不支持的字段：openid');
  });

  it('never shows zod English text', () => {
    const error = errorOf(z.object({ age: z.number().int() }), { age: 1.5 });
    expect(error.message).toBe('age 填写有误');
    expect(error.field).toBe('age');
  });

  it('points nested fields with a dot path', () => {
    expect(errorOf(z.object({ a: z.object({ b: z.boolean() }) }), { a: { b: 'no' } }).field).toBe('a.b');
  });
});

describe('the action registry', () => {
  it('names every action after the function that serves it', () => {
    for (const [name, contract] of Object.entries(ACTIONS)) {
      expect(splitAction(name).fn).toBe(contract.fn);
    }
  });
});
