import { Text, View } from '@tarojs/components';
import { useCallback, useState } from 'react';
import type { ActionOutput } from '@shared/api';
import { RELATION_LABELS } from '@shared/resident/vocabulary';
import { call } from '../api';
import { getActingAs, setActingAs, useActingAs, type ActingAs } from './acting-as-store';
import './acting-as.css';
import { useMountedRef, useRefreshOnShow } from '../lib/use-refresh-on-show';
import { expandedState, focusable } from '../lib/a11y';

type Family = ActionOutput<'resident.listMine'>;

interface Choice extends ActingAs {
  /** Why the person cannot be chosen yet (待核实, 已过期), or null. */
  blocked: string | null;
}

const asActing = (c: Choice): ActingAs => ({ residentId: c.residentId, name: c.name, self: c.self, relationLabel: c.relationLabel });

/** The people the user may act for: themself, and everyone whose proxy access is in effect. */
export function actingChoices(family: Family): Choice[] {
  const choices: Choice[] = [];
  if (family.self) choices.push({ residentId: family.self.id, name: family.self.name, self: true, blocked: null });
  for (const g of family.managed) {
    if (g.status === 'declined' || g.status === 'revoked') continue;
    const blocked =
      g.effectiveScopes.length > 0
        ? null
        : g.status === 'pending'
          ? g.consentRoute === 'in_person' ? '待社区医生核实' : '待对方同意'
          : '授权已失效';
    choices.push({ residentId: g.residentId, name: g.residentName, self: false, relationLabel: RELATION_LABELS[g.relation], blocked });
  }
  return choices;
}

export interface ActingAsBannerProps {
  /** A page about one person (a contract) makes that person the one acted for, when the user may. */
  follow?: string;
  /** The user chose another person in the switcher. */
  onSwitch?: (chosen: ActingAs) => void;
}

/**
 * The persistent "acting for" banner (正在为谁办理) with a one-tap switcher, for every page that acts
 * on a resident. The choice is kept on the phone; one that is no longer allowed falls back to the
 * user's own profile.
 */
export function ActingAsBanner({ follow, onSwitch }: ActingAsBannerProps = {}) {
  const acting = useActingAs();
  const [choices, setChoices] = useState<Choice[] | null>(null);
  const [open, setOpen] = useState(false);
  const mounted = useMountedRef();

  const load = useCallback(() => {
    call('resident.listMine', {})
      .then((family) => {
        if (!mounted.current) return;
        const list = actingChoices(family);
        setChoices(list);
        const followed = follow ? list.find((c) => c.residentId === follow && !c.blocked) : undefined;
        const chosen = getActingAs();
        const stillAllowed = list.find((c) => c.residentId === chosen?.residentId && !c.blocked);
        if (followed && followed.residentId !== chosen?.residentId) setActingAs(asActing(followed));
        else if (!stillAllowed) setActingAs(list.find((c) => c.self) ?? null);
      })
      .catch(() => {
        // The banner keeps the last known choice; the page shows its own errors.
      });
  }, [mounted, follow]);

  useRefreshOnShow(load);

  const forOther = acting !== null && !acting.self;
  return (
    <View className={`acting-as${forOther ? ' acting-as--other' : ''}`} ariaRole='status'>
      <View className='acting-as__bar'>
        <View className='acting-as__who'>
          <Text className='acting-as__label'>{forOther ? '正在为家人办理' : '当前办理对象'}</Text>
          <Text className='acting-as__name'>
            {acting ? (acting.self ? `${acting.name}（本人）` : `${acting.name}（${acting.relationLabel ?? '家人'}）`) : '尚未建立健康档案'}
          </Text>
        </View>
        {choices && choices.length > 0 ? (
          <View className='acting-as__switch' ariaRole='button' ariaLabel={open ? '收起办理对象列表' : '切换办理对象'} {...expandedState(open)} {...focusable} hoverClass='acting-as__switch--pressed' onClick={() => setOpen(!open)}>
            <Text>{open ? '收起' : '切换'}</Text>
          </View>
        ) : null}
      </View>
      {open && choices ? (
        <View className='acting-as__list'>
          {choices.map((c) => (
            <View
              key={c.residentId}
              className={`acting-as__choice${c.residentId === acting?.residentId ? ' acting-as__choice--current' : ''}${c.blocked ? ' acting-as__choice--blocked' : ''}`}
              hoverClass={c.blocked ? 'none' : 'acting-as__choice--pressed'}
              onClick={() => {
                if (c.blocked) return;
                setActingAs(asActing(c));
                setOpen(false);
                onSwitch?.(asActing(c));
              }}
            >
              <Text className='acting-as__choice-name'>{c.self ? `${c.name}（本人）` : `${c.name}（${c.relationLabel}）`}</Text>
              <Text className='acting-as__choice-note'>
                {c.blocked ?? (c.residentId === acting?.residentId ? '当前' : '为TA办理')}
              </Text>
            </View>
          ))}
        </View>
      ) : null}
    </View>
  );
}
