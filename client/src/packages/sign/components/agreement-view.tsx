import { Text, View } from '@tarojs/components';

export interface AgreementViewProps {
  title: string;
  sections: Array<{ heading: string; body: string }>;
  templateVersion: string;
  hash: string;
}

/** The agreement in full, section by section, with its version and fingerprint (SHA-256). */
export function AgreementView({ title, sections, templateVersion, hash }: AgreementViewProps) {
  return (
    <View className='sign-agreement'>
      <Text className='sign-agreement__title'>{title}</Text>
      {sections.map((s) => (
        <View key={s.heading} className='sign-agreement__section'>
          <Text className='sign-agreement__heading'>{s.heading}</Text>
          <Text className='sign-agreement__body'>{s.body}</Text>
        </View>
      ))}
      <Text className='sign-agreement__meta'>
        协议模板版本 {templateVersion} · 文本指纹 {hash.slice(0, 16)}
      </Text>
    </View>
  );
}
