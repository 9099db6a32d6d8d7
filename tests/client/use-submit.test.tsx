import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { z } from 'zod';
import { ApiCallError } from '../../client/src/api/api-call-error';
import { Button, ErrorNotice, Page } from '../../client/src/components';
import { TextField } from '../../client/src/packages/family/components/text-field';
import { INVALID_FIELD_CLASS } from '../../client/src/lib/reveal-field';
import { useSubmit } from '../../client/src/lib/use-submit';

const ZInput = z.object({
  name: z.string().min(2, '姓名至少2个字'),
  phone: z.string().regex(/^1\d{10}$/, '请填写11位手机号码'),
});
type Input = z.infer<typeof ZInput>;

/** A small form as every page writes it: fields, a failure notice, one button. */
function Form({ send, onDone }: { send: (input: Input, requestId: string) => Promise<string>; onDone?: () => Promise<unknown> | void }) {
  const [name, setName] = useState('');
  const [phone, setPhone] = useState('');
  const form = useSubmit({ check: ZInput, fields: ['name', 'phone'], send, onDone });
  return (
    <Page title='测试表单'>
      <TextField name='name' label='姓名' value={name} onChange={setName} error={form.errors.name} />
      <TextField name='phone' label='手机号码' value={phone} onChange={setPhone} error={form.errors.phone} />
      <ErrorNotice error={form.failure} />
      <Button loading={form.busy} onClick={() => void form.submit({ name, phone })}>
        提交
      </Button>
    </Page>
  );
}

// Taro's input is a web component; jsdom does not run its inside, so the test talks to its host
// element as Taro's React wrapper does (an `input` event carrying detail.value).
const fieldInput = (container: HTMLElement, name: string) => container.querySelector<HTMLElement>(`.family-field--${name} taro-input-core`)!;
/** Records focus on the input's host element (its own focus() reaches for the unrendered native input). */
function watchFocus(container: HTMLElement) {
  for (const host of Array.from(container.querySelectorAll<HTMLElement>('taro-input-core'))) {
    host.focus = () => {
      focused.push(host);
    };
  }
}
/** Whether the field's input has the focus (the native input once Stencil rendered it, else its host). */
function focusIsIn(container: HTMLElement, name: string): boolean {
  const field = container.querySelector(`.family-field--${name}`)!;
  return focused.some((el) => field.contains(el)) || field.contains(document.activeElement);
}
function type(container: HTMLElement, name: string, value: string) {
  act(() => {
    fieldInput(container, name).dispatchEvent(new CustomEvent('input', { detail: { value }, bubbles: true }));
  });
}

const scrolled: Element[] = [];
const focused: Element[] = [];
beforeAll(() => {
  Element.prototype.scrollIntoView = function scrollIntoView(this: Element) {
    scrolled.push(this);
  };
});
beforeEach(() => {
  scrolled.length = 0;
  focused.length = 0;
});

describe('useSubmit, the one submit of every form', () => {
  it('sends nothing when the schema refuses, marks each field and scrolls to and focuses the first invalid one', async () => {
    const send = jest.fn();
    const { container } = render(<Form send={send} />);
    watchFocus(container);
    type(container, 'name', '李桂兰');
    fireEvent.click(screen.getByText('提交'));
    expect(send).not.toHaveBeenCalled();
    expect(screen.getByText('请填写11位手机号码')).toBeTruthy();
    const invalid = container.querySelectorAll(`.${INVALID_FIELD_CLASS}`);
    expect(invalid).toHaveLength(1);
    await waitFor(() => expect(scrolled).toHaveLength(1));
    expect(scrolled[0]).toBe(invalid[0]);
    expect(focusIsIn(container, 'phone')).toBe(true);
    expect(focusIsIn(container, 'name')).toBe(false);
  });

  it('sends one request for a double tap, and the same key stands for that one attempt', async () => {
    let finish: (v: string) => void = () => undefined;
    const send = jest.fn((_: Input, __: string) => new Promise<string>((resolve) => (finish = resolve)));
    const { container } = render(<Form send={send} />);
    type(container, 'name', '李桂兰');
    type(container, 'phone', '13800000000');
    fireEvent.click(screen.getByText('提交'));
    fireEvent.click(screen.getByText('提交'));
    expect(send).toHaveBeenCalledTimes(1);
    expect(send.mock.calls[0][1]).toMatch(/^[0-9a-f]{32}$/);
    await act(async () => finish('ok'));
  });

  it('makes a fresh key after a failure, and shows an error about no field as the form failure', async () => {
    const send = jest
      .fn<Promise<string>, [Input, string]>()
      .mockRejectedValueOnce(new ApiCallError('INTERNAL', '网络不稳定，请稍后再试'))
      .mockResolvedValueOnce('ok');
    const { container } = render(<Form send={send} />);
    type(container, 'name', '李桂兰');
    type(container, 'phone', '13800000000');
    fireEvent.click(screen.getByText('提交'));
    await screen.findByText('网络不稳定，请稍后再试');
    fireEvent.click(screen.getByText('提交'));
    await waitFor(() => expect(send).toHaveBeenCalledTimes(2));
    expect(send.mock.calls[1][1]).not.toBe(send.mock.calls[0][1]);
    await waitFor(() => expect(screen.queryByText('网络不稳定，请稍后再试')).toBeNull());
  });

  it('puts a backend error about a field under that field and points at it', async () => {
    const send = jest.fn().mockRejectedValueOnce(new ApiCallError('CONFLICT', '这个手机号码已登记在别人的档案里', 'phone'));
    const { container } = render(<Form send={send} />);
    type(container, 'name', '李桂兰');
    type(container, 'phone', '13800000000');
    watchFocus(container);
    fireEvent.click(screen.getByText('提交'));
    await screen.findByText('这个手机号码已登记在别人的档案里');
    expect(container.querySelector(`.family-field--phone.${INVALID_FIELD_CLASS}`)).toBeTruthy();
    await waitFor(() => expect(focusIsIn(container, 'phone')).toBe(true));
  });

  it('stays busy while onDone navigates away, so a tap after the reply cannot apply twice', async () => {
    let leave: () => void = () => undefined;
    const onDone = jest.fn(() => new Promise<void>((resolve) => (leave = resolve)));
    const send = jest.fn().mockResolvedValue('ok');
    const { container } = render(<Form send={send} onDone={onDone} />);
    type(container, 'name', '李桂兰');
    type(container, 'phone', '13800000000');
    fireEvent.click(screen.getByText('提交'));
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    fireEvent.click(screen.getByText('提交'));
    expect(send).toHaveBeenCalledTimes(1);
    await act(async () => leave());
  });
});
