import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { PackageOffer } from '@shared/api/contract';
import { feeText } from '../lib/labels';
import { checkedState, disabledState, expandedState, focusable, roleOf } from '../../../lib/a11y';

export interface PackageChoiceProps {
  offer: PackageOffer;
  chosen: boolean;
  onToggle: () => void;
  /** Opens the health profile to record the missing fact; offered when the reason is one. */
  onFixProfile?: () => void;
}

/**
 * One package as a large tap target: name, fee with what insurance pays, who it is for and, for this
 * person, why they qualify or not. The basic package is always included; a package they do not
 * qualify for cannot be chosen and says why in words.
 */
export function PackageChoice({ offer, chosen, onToggle, onFixProfile }: PackageChoiceProps) {
  const [open, setOpen] = useState(false);
  const blocked = offer.eligible === false;
  const state = offer.required ? '必选，已包含' : blocked ? '不符合条件' : chosen ? '已选' : '未选';
  const className = `sign-package${chosen ? ' sign-package--on' : ''}${blocked ? ' sign-package--blocked' : ''}`;
  return (
    <View className={className}>
      <View
        className='sign-package__head'
        ariaRole='checkbox'
        ariaLabel={offer.required ? `${offer.name}，必选` : blocked ? `${offer.name}，不符合条件：${offer.reason ?? ''}` : offer.name}
        {...checkedState(chosen)}
        {...disabledState(offer.required || blocked)}
        {...focusable}
        hoverClass={offer.required || blocked ? 'none' : 'sign-package--pressed'}
        onClick={() => {
          if (!offer.required && !blocked) onToggle();
        }}
      >
        <View className='sign-package__mark'>
          <Text>{chosen ? '✓' : blocked ? '–' : ''}</Text>
        </View>
        <View className='sign-package__main'>
          <View className='sign-package__title'>
            <Text className='sign-package__name'>{offer.name}</Text>
            <Text className={`sign-package__state sign-package__state--${chosen ? 'on' : blocked ? 'blocked' : 'off'}`}>{state}</Text>
          </View>
          <Text className='sign-package__fee'>{feeText(offer)}</Text>
          <Text className='sign-package__summary'>{offer.summary}</Text>
          {blocked ? (
            <Text className='sign-package__reason'>{offer.reason}</Text>
          ) : offer.basis && !offer.required ? (
            <Text className='sign-package__basis'>符合条件：{offer.basis}</Text>
          ) : null}
          {offer.coverageNote ? <Text className='sign-package__note'>{offer.coverageNote}</Text> : null}
        </View>
      </View>
      {blocked && offer.fixInProfile && onFixProfile ? (
        <View className='sign-package__more sign-package__fix' ariaRole='link' {...focusable} onClick={onFixProfile}>
          <Text>去健康档案登记</Text>
        </View>
      ) : null}
      <Text className='sign-package__more' {...roleOf('button')} {...expandedState(open)} {...focusable} onClick={() => setOpen(!open)}>
        {open ? '收起服务内容' : `查看服务内容（${offer.services.length}项）`}
      </Text>
      {open ? (
        <View className='sign-package__services'>
          {offer.services.map((s) => (
            <Text key={s} className='sign-package__service'>
              · {s}
            </Text>
          ))}
        </View>
      ) : null}
    </View>
  );
}
