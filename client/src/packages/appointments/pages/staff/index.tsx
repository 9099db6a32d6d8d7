import Taro from '@tarojs/taro';
import { useState } from 'react';
import { SERVICE_CODES, SERVICE_ITEMS } from '@shared/appointment/services';
import { addDays, dayOf } from '@shared/appointment/local-time';
import { call } from '../../../../api';
import { Card, EmptyState, ErrorNotice, Loading, Page } from '../../../../components';
import { useLoader } from '../../../../lib/use-loader';
import { ChoiceChips } from '../../components/choice-chips';
import { PublishForm } from '../../components/publish-form';
import { RosterCard } from '../../components/roster-card';
import { SlotControls } from '../../components/slot-controls';
import '../../components/appointments.css';

const SERVICES = SERVICE_CODES.map((code) => ({ code, label: SERVICE_ITEMS[code].label }));

/**
 * 号源与预约 for team staff: publish slots, each day's roster with attendance and visit records, and the
 * day's slots to change places, close (停诊) or reopen.
 */
export default function StaffAppointments() {
  const today = dayOf(new Date());
  const days = Array.from({ length: 14 }, (_, i) => addDays(today, i - 1));
  const [day, setDay] = useState(today);
  const me = useLoader(() => call('resident.me', {}), []);
  const teamId = me.data?.staff?.teamId;
  const team = useLoader(() => (teamId ? call('grid.team', { teamId }) : Promise.resolve(null)), [teamId]);
  const roster = useLoader(() => (teamId ? call('appointment.roster', { day }) : Promise.resolve(null)), [teamId, day]);

  if (me.data && !teamId) {
    return (
      <Page title='号源与预约'>
        <EmptyState title='仅限家庭医生团队成员' description='您的账号没有绑定家庭医生团队' />
      </Page>
    );
  }
  return (
    <Page title='号源与预约'>
      {!team.data ? (
        team.loading || me.loading ? <Loading /> : <ErrorNotice error={team.error ?? me.error} onRetry={team.reload} />
      ) : (
        <PublishForm
          team={team.data}
          today={addDays(today, 1)}
          onPublished={(text) => {
            void Taro.showToast({ title: text, icon: 'success' });
            roster.reload();
          }}
        />
      )}
      <Card title='选择日期'>
        <ChoiceChips name='day' choices={days.map((d) => ({ value: d, label: d.slice(5) }))} selected={[day]} onChange={([d]) => setDay(d)} />
      </Card>
      {roster.data ? <RosterCard roster={roster.data} services={SERVICES} onChanged={roster.reload} /> : roster.loading ? <Loading /> : <ErrorNotice error={roster.error} onRetry={roster.reload} />}
      {roster.data && roster.data.day >= today ? <SlotControls slots={roster.data.slots} onChanged={roster.reload} /> : null}
    </Page>
  );
}
