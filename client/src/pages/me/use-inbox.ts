import { useCallback, useState } from 'react';
import type { Guardianship } from '@shared/api/guardianship';
import type { Notice } from '@shared/api/contract';
import { call } from '../../api';
import { showUnreadBadge } from '../../lib/unread-badge';
import { useMountedRef, useRefreshOnShow } from '../../lib/use-refresh-on-show';

export interface Inbox {
  notices: Notice[];
  unread: number;
  /** Family requests waiting for the user's own answer in the app. */
  requests: Guardianship[];
  /** The user has a record of her own that is not yet verified as hers. */
  unverified: boolean;
  reload: () => void;
  markRead: (id: string) => void;
}

/**
 * What waits for the user on the 我的 tab: the newest messages, the unread count (also on the tab), family
 * requests, and whether her own record still waits to be verified as hers.
 */
export function useInbox(): Inbox {
  const [notices, setNotices] = useState<Notice[]>([]);
  const [unread, setUnread] = useState(0);
  const [requests, setRequests] = useState<Guardianship[]>([]);
  const [unverified, setUnverified] = useState(false);
  const mounted = useMountedRef();

  const reload = useCallback(() => {
    call('contract.notices', { limit: 3 })
      .then((box) => {
        if (!mounted.current || !box) return;
        setNotices(box.notices);
        setUnread(box.unread);
        showUnreadBadge(box.unread);
      })
      .catch(() => undefined); // The tab works without its messages; they come back on the next show.
    call('resident.listMine', {})
      .then((family) => {
        if (!mounted.current || !family) return;
        setRequests(family.guardians.filter((g) => g.status === 'pending' && g.consentRoute === 'in_app'));
        setUnverified(family.self !== null && !family.self.identity.verified);
      })
      .catch(() => {
        if (mounted.current) setUnverified(false);
      });
  }, [mounted]);
  useRefreshOnShow(reload);

  const markRead = useCallback((id: string) => {
    setNotices((list) => list.map((n) => (n.id === id ? { ...n, read: true } : n)));
    setUnread((n) => {
      showUnreadBadge(Math.max(0, n - 1));
      return Math.max(0, n - 1);
    });
  }, []);

  return { notices, unread, requests, unverified, reload, markRead };
}
