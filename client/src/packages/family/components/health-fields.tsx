import { View } from '@tarojs/components';
import { CONDITION_LABELS, CONDITIONS, DISABILITIES, DISABILITY_LABELS, type Condition, type Disability } from '@shared/resident/vocabulary';
import { ToggleRow } from '../../../components';
import { ChoiceChips } from './choice-chips';
import { TextField } from './text-field';
import type { FieldErrors } from '../../../lib/use-submit';

export interface HealthValues {
  conditions: Condition[];
  disability: Disability | 'none';
  livesAlone: boolean;
  pregnant: boolean;
  dueDate: string;
}

export interface HealthFieldsProps {
  value: HealthValues;
  onChange: (next: HealthValues) => void;
  /** Pregnancy is asked of women of childbearing age only (`asksAboutPregnancy`). */
  askPregnancy: boolean;
  errors: FieldErrors;
}

const conditionOptions = CONDITIONS.map((c) => ({ value: c, label: CONDITION_LABELS[c] }));
const disabilityOptions = [{ value: 'none' as const, label: '无' }, ...DISABILITIES.map((d) => ({ value: d, label: DISABILITY_LABELS[d] }))];

/** The health part of a profile: chronic conditions, disability, living alone, pregnancy. */
export function HealthFields({ value, onChange, askPregnancy, errors }: HealthFieldsProps) {
  const set = (patch: Partial<HealthValues>) => onChange({ ...value, ...patch });
  return (
    <View>
      <ChoiceChips name='conditions' label='慢性病（可多选，没有可不选）' multiple options={conditionOptions} value={value.conditions} onChange={(conditions) => set({ conditions })} error={errors.conditions} />
      <ChoiceChips name='disability' label='残疾情况' options={disabilityOptions} value={[value.disability]} onChange={([disability]) => set({ disability })} error={errors.disability} />
      <ToggleRow label='独自居住' description='家里平时只有本人一人' checked={value.livesAlone} onChange={(livesAlone) => set({ livesAlone })} />
      {askPregnancy ? (
        <>
          <ToggleRow label='正在怀孕或产后42天内' checked={value.pregnant} onChange={(pregnant) => set({ pregnant })} />
          {value.pregnant ? (
            <TextField name='pregnancy.dueDate' label='预产期' placeholder='例如 2027-03-15' value={value.dueDate} onChange={(dueDate) => set({ dueDate })} error={errors['pregnancy.dueDate'] ?? errors.pregnancy} />
          ) : null}
        </>
      ) : null}
    </View>
  );
}
