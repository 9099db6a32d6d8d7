import { fireEvent, screen, waitFor } from '@testing-library/react';
import { Page } from '../../client/src/components';
import { TextField } from '../../client/src/packages/family/components/text-field';
import { ReasonField } from '../../client/src/packages/sign/components/reason-field';
import { useState } from 'react';
import { renderPage } from './support/render-page';

function AddressForm() {
  const [value, setValue] = useState('');
  return (
    <Page title='测试'>
      <TextField name='address' label='居住地址' value={value} onChange={setValue} limit={10} />
      <ReasonField label='理由' value={value} onChange={setValue} />
    </Page>
  );
}

const type = (el: Element, value: string) => fireEvent.input(el, { target: { value }, detail: { value } });
const addressInput = async (container: HTMLElement) => {
  await waitFor(() => expect(container.querySelector('.family-field--address input')).not.toBeNull());
  return container.querySelector('.family-field--address input')!;
};

describe('long text fields', () => {
  it('count characters as typed and keep text past the limit, flagged in red instead of cut off', async () => {
    const page = renderPage(AddressForm);
    expect(screen.getByText('0/10')).toBeTruthy();
    type(await addressInput(page.container), '昆明市呈贡区洛龙街道石龙湖社区');
    const over = screen.getByText('15/10，超出5个字，请删减');
    expect(over.className).toContain('ui-counter--over');
    expect(screen.getByText('15/200')).toBeTruthy();
  });

  it('counts an emoji as one character, as the rule that refuses it does', async () => {
    const page = renderPage(AddressForm);
    type(await addressInput(page.container), '家😀');
    expect(screen.getByText('2/10')).toBeTruthy();
  });
});
