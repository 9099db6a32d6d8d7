import Taro from '@tarojs/taro';
import { screen } from '@testing-library/react';
import { call } from '../../client/src/api/call';
import ProfilePage from '../../client/src/packages/family/pages/profile/index';
import { renderPage } from './support/render-page';
import { profileOf } from './support/family-factories';
import type { Profile } from '../../shared/api/resident-profile';

jest.mock('../../client/src/api/call', () => ({ call: jest.fn() }));
const mockedCall = call as jest.MockedFunction<typeof call>;

const MOTHER = (over: Partial<Profile> = {}) =>
  profileOf({
    id: 'rs-ligl',
    name: '李桂兰',
    birthDate: '1946-03-08',
    age: 80,
    conditions: ['hypertension'],
    livesAlone: true,
    classification: { priorityGroups: ['elderly'], managementCategory: 'chronic', elderlyRisk: 'red' },
    ...over,
  });

function show(profile: Profile) {
  mockedCall.mockResolvedValue(profile as never);
  jest.spyOn(Taro, 'getCurrentInstance').mockReturnValue({ router: { params: { residentId: profile.id } } } as never);
  renderPage(ProfilePage);
}

beforeEach(() => mockedCall.mockReset());
afterEach(() => jest.restoreAllMocks());

describe('the health record, read by the person it is about', () => {
  it('explains the elderly risk level in calm words, as the care she gets, without the clinical colour', async () => {
    show(MOTHER());
    expect(await screen.findByText('重点关照')).toBeTruthy();
    expect(screen.getByText(/家庭医生团队会更常联系您/)).toBeTruthy();
    expect(screen.queryByText(/红色|高风险/)).toBeNull();
    expect(screen.queryByText('老年人风险等级')).toBeNull();
  });

  it('gives her family the same calm words', async () => {
    show(MOTHER({ viewer: { as: 'guardian', scopes: ['view'] } }));
    expect(await screen.findByText('重点关照')).toBeTruthy();
    expect(screen.queryByText(/红色|高风险/)).toBeNull();
  });

  it('shows the team the clinical level', async () => {
    show(MOTHER({ viewer: { as: 'staff', scopes: ['view', 'sign'] } }));
    expect(await screen.findByText('红色（高风险）')).toBeTruthy();
    expect(screen.queryByText('重点关照')).toBeNull();
  });

  it('shows no pregnancy line for an 80-year-old woman', async () => {
    show(MOTHER());
    await screen.findByText('重点关照');
    expect(screen.queryByText('预产期')).toBeNull();
  });

  it('shows the due date for a woman who registered a pregnancy', async () => {
    show(profileOf({ age: 30, birthDate: '1996-01-01', pregnancy: { dueDate: '2027-03-15' } }));
    expect(await screen.findByText('2027-03-15')).toBeTruthy();
    expect(screen.getByText('预产期')).toBeTruthy();
  });
});
