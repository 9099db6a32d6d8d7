import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { ApiError } from '@shared/api';
import type { AuditEntry } from '@shared/api/guardianship';
import { chineseDateTime } from '@shared/time/china-time';
import { call, toApiError } from '../../../../api';
import { ActingAsBanner, Button, Card, EmptyState, ErrorNotice, Loading, Page, useActingAs } from '../../../../components';
import { useLoader } from '../../../../lib/use-loader';
import { groupAuditEntries, type AuditGroup } from '../../lib/audit-groups';
import { usePageParams } from '../../../../lib/use-page-params';
import '../../components/family.css';

/** `2026年11月23日 19:05` in China time. */
const when = (iso: string) => chineseDateTime(new Date(iso));

/** One line per person, action and day, with how many times; tapping shows every entry of it. */
function AuditLine({ group }: { group: AuditGroup }) {
  const [open, setOpen] = useState(false);
  const [e] = group.entries;
  const times = group.entries.length;
  const earliest = group.entries[times - 1];
  return (
    <View className='family-audit__row' ariaRole={times > 1 ? 'button' : undefined} onClick={() => times > 1 && setOpen(!open)}>
      <Text className='family-audit__when'>{times > 1 ? `${when(earliest.at)} 至 ${when(e.at).split(' ')[1]}` : when(e.at)}</Text>
      <Text>{`${e.actorLabel} ${e.actionLabel}${times > 1 ? `，共${times}次` : ''}`}</Text>
      {e.allowed ? null : <Text className='family-audit__denied'>未获允许，已拦截</Text>}
      {times > 1 ? <Text className='family-audit__more'>{open ? '收起' : '查看每一次'}</Text> : null}
      {open ? group.entries.map((x) => <Text key={x.id} className='family-audit__when'>{when(x.at)}</Text>) : null}
    </View>
  );
}

/** Who looked at or acted on a person's data, and when: everyone but the person, refusals included. */
export default function AuditPage() {
  const acting = useActingAs();
  const residentId = usePageParams().residentId ?? acting?.residentId ?? '';
  const first = useLoader(() => call('resident.auditTrail', { residentId, limit: 20 }), [residentId]);
  const [more, setMore] = useState<AuditEntry[]>([]);
  const [cursor, setCursor] = useState<string | null | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const next = cursor === undefined ? first.data?.nextBefore ?? null : cursor;

  const loadMore = () => {
    if (!next) return;
    setBusy(true);
    call('resident.auditTrail', { residentId, limit: 20, before: next })
      .then((page) => {
        setMore((cur) => [...cur, ...page.entries]);
        setCursor(page.nextBefore);
      })
      .catch((err: unknown) => setError(toApiError(err)))
      .finally(() => setBusy(false));
  };

  const entries = [...(first.data?.entries ?? []), ...more];
  return (
    <Page title='访问记录' intro='除本人以外，家人和家庭医生团队每一次查看或办理，包括被拦截的尝试，都记录在这里'>
      <ActingAsBanner />
      {!first.data ? (
        first.loading ? <Loading /> : <ErrorNotice error={first.error} onRetry={first.reload} />
      ) : entries.length === 0 ? (
        <EmptyState title='还没有人查看过' description='家人或医生查看、办理后会显示在这里' />
      ) : (
        <Card>
          {groupAuditEntries(entries).map((g) => (
            <AuditLine key={g.key} group={g} />
          ))}
        </Card>
      )}
      <ErrorNotice error={error} />
      {next ? (
        <Button variant='secondary' loading={busy} onClick={loadMore}>
          加载更早的记录
        </Button>
      ) : null}
    </Page>
  );
}
