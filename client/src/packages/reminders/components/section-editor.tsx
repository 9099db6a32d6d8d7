import { Text, Textarea, View } from '@tarojs/components';
import { CharCounter } from '../../../components/char-counter';
import { inputName } from '../../../lib/a11y';
import { INVALID_FIELD_CLASS } from '../../../lib/reveal-field';
import { fieldClass, TextInput } from './fields';

export interface Section {
  heading: string;
  text: string;
}

export interface SectionEditorProps {
  /** `diet` or `exercise`: the field path prefix (`diet.0.heading`). */
  name: 'diet' | 'exercise';
  label: string;
  sections: Section[];
  onChange: (sections: Section[]) => void;
  /** Common headings (低盐饮食, 快走...) that start a new section in one tap. */
  suggestions: readonly string[];
  errors: Record<string, string>;
}

const MAX_SECTIONS = 10;

/**
 * One prescription (膳食 or 运动) as headed sections: a short heading and its free text each, added
 * from a common heading or blank, changed in place, removed with a button naming the section.
 */
export function SectionEditor({ name, label, sections, onChange, suggestions, errors }: SectionEditorProps) {
  const set = (i: number, patch: Partial<Section>) => onChange(sections.map((s, j) => (j === i ? { ...s, ...patch } : s)));
  const add = (heading: string) => onChange([...sections, { heading, text: '' }]);
  const unused = suggestions.filter((h) => !sections.some((s) => s.heading === h));
  const full = sections.length >= MAX_SECTIONS;
  return (
    <View className={`rm-sections${errors[name] ? ` ${INVALID_FIELD_CLASS}` : ''}`} ariaRole='group' ariaLabel={label}>
      <Text className='rm-sections__label'>{label}</Text>
      {sections.length === 0 ? <Text className='rm-rx__empty'>{`还没有${label}，可以从下面的常用项开始`}</Text> : null}
      {sections.map((s, i) => {
        const textError = errors[`${name}.${i}.text`];
        const textLabel = `${label}第${i + 1}条内容`;
        return (
          <View key={i} className='rm-section'>
            <TextInput
              name={`${name}.${i}.heading`}
              label={`第${i + 1}条标题`}
              value={s.heading}
              maxlength={20}
              placeholder='如：低盐饮食'
              error={errors[`${name}.${i}.heading`]}
              onChange={(heading) => set(i, { heading })}
            />
            <View className={fieldClass(`${name}.${i}.text`, textError)}>
              <Text className='rm-field__label'>内容</Text>
              <Textarea
                className='rm-field__input rm-field__input--area'
                value={s.text}
                maxlength={-1}
                autoHeight
                placeholder='如：每日食盐少于5克，少吃腌菜、咸菜'
                {...inputName(textLabel, textError)}
                onInput={(e) => set(i, { text: e.detail.value })}
              />
              <CharCounter value={s.text} max={200} />
              {textError ? <Text className='ui-field-error'>{textError}</Text> : null}
            </View>
            <View
              className='rm-section__remove'
              ariaRole='button'
              ariaLabel={`删除${label}第${i + 1}条${s.heading ? `（${s.heading}）` : ''}`}
              hoverClass='rm-chip--pressed'
              onClick={() => onChange(sections.filter((_, j) => j !== i))}
            >
              <Text>删除这一条</Text>
            </View>
          </View>
        );
      })}
      {errors[name] ? <Text className='ui-field-error'>{errors[name]}</Text> : null}
      {full ? (
        <Text className='rm-field__hint'>{`最多${MAX_SECTIONS}条`}</Text>
      ) : (
        <View className='rm-chips' ariaRole='group' ariaLabel={`添加${label}`}>
          {unused.map((h) => (
            <View key={h} className='rm-chip' ariaRole='button' ariaLabel={`添加${h}`} hoverClass='rm-chip--pressed' onClick={() => add(h)}>
              <Text>{`+ ${h}`}</Text>
            </View>
          ))}
          <View className='rm-chip' ariaRole='button' ariaLabel={`其他：添加一条${label}`} hoverClass='rm-chip--pressed' onClick={() => add('')}>
            <Text>+ 其他</Text>
          </View>
        </View>
      )}
    </View>
  );
}
