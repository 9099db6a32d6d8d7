import Taro from '@tarojs/taro';
import { useCallback, useEffect, useState } from 'react';
import type { ApiError } from '@shared/api';
import type { TeamCard } from '@shared/api/grid';
import { call, toApiError } from '../../../api';

/** The page's `teamId` parameter, as the page was opened with. */
export function useTeamIdParam(): string {
  const [teamId] = useState(() => {
    const raw = Taro.getCurrentInstance()?.router?.params?.teamId ?? '';
    try {
      return decodeURIComponent(raw);
    } catch {
      return raw;
    }
  });
  return teamId;
}

/** Loads the team card; `reload` tries again after a failure. */
export function useTeam(teamId: string) {
  const [team, setTeam] = useState<TeamCard | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [loading, setLoading] = useState(true);

  const reload = useCallback(() => {
    setLoading(true);
    setError(null);
    call('grid.team', { teamId })
      .then(setTeam)
      .catch((err: unknown) => setError(toApiError(err)))
      .finally(() => setLoading(false));
  }, [teamId]);

  useEffect(() => {
    if (teamId) reload();
    else {
      setLoading(false);
      setError({ code: 'INVALID_INPUT', message: '请从地图页选择一个家庭医生团队', field: 'teamId' });
    }
  }, [teamId, reload]);

  return { team, error, loading, reload };
}
