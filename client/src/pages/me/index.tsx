import Taro from '@tarojs/taro';
import { pageUrl } from '@shared/pages/page-paths';
import { Text, View } from '@tarojs/components';
import type { Account } from './account';
import { Button, Card, ErrorNotice, InfoRow, Loading, Page, ToggleRow, useElderMode } from '../../components';
import { PrivacyGuideLink } from '../../components/privacy-popup';
import { redirectToLogin } from '../../api';
import { formatLocalDate } from '../../lib/date';
import { useAccount } from './use-account';
import { ContractCard } from './contract-card';
import { SojournCard } from './sojourn-card';
import { MessagesCard } from './messages-card';
import { PendingRequests } from './pending-requests';
import { useInbox } from './use-inbox';
import { HealthCard } from './health-card';
import { IdentityCard } from './identity-card';
import './index.css';
import { focusable, roleOf } from '../../lib/a11y';

function roleText(account: Account): string {
  return account.roles.includes('staff') ? '家庭医生团队成员' : '居民';
}

function AccountCard({ account }: { account: Account }) {
  return (
    <Card>
      <Text className='me-name'>{account.nickname}</Text>
      <InfoRow label='身份' value={roleText(account)} />
      {account.staff ? (
        <>
          <InfoRow label='所属团队' value={account.staff.teamName} />
          <InfoRow label='团队中的岗位' value={account.staff.role} />
        </>
      ) : null}
      <InfoRow label='账号创建于' value={formatLocalDate(account.createdAt)} />
    </Card>
  );
}

function FamilyCard({ account }: { account: Account }) {
  return (
    <Card title='家人与代管'>
      <Text className='me-note'>为父母、孩子建档，代办签约、预约和提醒</Text>
      <View className='me-actions me-family-actions'>
        <Button variant='secondary' onClick={() => Taro.navigateTo({ url: pageUrl('familyHome') })}>
          家人与代管
        </Button>
        {account.roles.includes('staff') ? (
          <>
            <Button variant='secondary' onClick={() => Taro.navigateTo({ url: pageUrl('familyStaffConsents') })}>
              核实代管授权
            </Button>
            <Button variant='secondary' onClick={() => Taro.navigateTo({ url: pageUrl('familyStaffIdentity') })}>
              当面核验居民身份
            </Button>
          </>
        ) : null}
      </View>
    </Card>
  );
}

/** Entry to the reminders of the person the app acts for (the banner there switches person). */
function RemindersCard() {
  return (
    <Card title='用药提醒和处方'>
      <Text className='me-note'>到点提醒吃药，点一下记录已服；漏服时家人也会知道</Text>
      <View className='me-actions me-reminder-actions'>
        <Button variant='secondary' onClick={() => Taro.navigateTo({ url: pageUrl('reminders') })}>
          用药提醒
        </Button>
      </View>
    </Card>
  );
}

function AppointmentsCard({ account }: { account: Account }) {
  return (
    <Card title='预约服务'>
      <Text className='me-note'>预约门诊、上门和流动服务点，查看履约进度</Text>
      <View className='me-actions me-appointment-actions'>
        <Button variant='secondary' onClick={() => Taro.navigateTo({ url: pageUrl('appointments') })}>
          预约家庭医生
        </Button>
        {account.roles.includes('staff') ? (
          <Button variant='secondary' onClick={() => Taro.navigateTo({ url: pageUrl('appointmentsStaff') })}>
            号源与预约名单
          </Button>
        ) : null}
      </View>
    </Card>
  );
}

function DevIdentityLink() {
  return (
    <View className='me-dev'>
      <Text className='ui-link' {...roleOf('link')} {...focusable} onClick={redirectToLogin}>
        切换身份
      </Text>
    </View>
  );
}

export default function MePage() {
  const { account, loading, error, reload, elderError, savingElder, setElderMode } = useAccount();
  const { systemLargeFont } = useElderMode();
  const inbox = useInbox();

  return (
    <Page title='我的'>
      {account ? (
        <>
          <PendingRequests requests={inbox.requests} onAnswered={inbox.reload} />
          <AccountCard account={account} />
          <IdentityCard unverified={inbox.unverified} />
          <MessagesCard notices={inbox.notices} unread={inbox.unread} onRead={inbox.markRead} />
          <ContractCard />
          <AppointmentsCard account={account} />
          <SojournCard guestList={account.staff?.teamPermissions.includes('stay.guests') ?? false} />
          <RemindersCard />
          <HealthCard staff={account.roles.includes('staff')} />
          <Card>
            <ToggleRow
              label='长辈模式'
              description='字更大、按钮更大、颜色更清楚'
              checked={account.elderMode}
              busy={savingElder}
              onChange={setElderMode}
            />
            {systemLargeFont && !account.elderMode ? (
              <Text className='me-note'>已按微信的字体大小设置放大显示</Text>
            ) : null}
            <ErrorNotice error={elderError} />
          </Card>
          <FamilyCard account={account} />
        </>
      ) : loading ? (
        <Loading />
      ) : (
        <ErrorNotice error={error} onRetry={reload} />
      )}
      {account && error ? <ErrorNotice error={error} onRetry={reload} retrying={loading} /> : null}
      <PrivacyGuideLink />
      {process.env.TARO_ENV === 'h5' ? <DevIdentityLink /> : null}
    </Page>
  );
}
