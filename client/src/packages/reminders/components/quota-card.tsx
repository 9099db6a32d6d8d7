import { Text, View } from '@tarojs/components';
import type { Quota } from '@shared/api/reminder';
import { Button } from '../../../components';

/**
 * How many WeChat reminders are left, and a top-up when 3 or fewer remain. WeChat lets a mini-program
 * send a medication reminder only once per "允许", so the count runs down; the page says so plainly.
 */
export function QuotaCard({ quota, busy, onTopUp }: { quota: Quota; busy: boolean; onTopUp: () => void }) {
  const reminders = quota.templates.find((t) => t.template === 'medicationReminder');
  if (!reminders || reminders.remaining === null) return null;
  const left = reminders.remaining;
  return (
    <View className={reminders.low ? 'rm-quota rm-quota--low' : 'rm-quota'} ariaRole='status'>
      <Text className='rm-quota__count'>{left === 0 ? '微信用药提醒已用完' : `还能收到 ${left} 次微信用药提醒`}</Text>
      {reminders.low ? (
        <>
          <Text className='rm-quota__why'>
            微信规定：每点一次“允许”，只能收到一条提醒。用完后，药仍会显示在这里，家人也仍会收到漏服通知，但手机上不会再弹出提醒。
          </Text>
          <Button loading={busy} onClick={onTopUp}>
            再要一次提醒
          </Button>
        </>
      ) : null}
    </View>
  );
}
