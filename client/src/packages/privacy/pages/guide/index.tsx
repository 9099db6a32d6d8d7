import { Text, View } from '@tarojs/components';
import { Card, Page } from '../../../../components';
import { GUIDE_SECTIONS, GUIDE_UPDATED, type GuideSection } from './guide-content';
import './index.css';

function Section({ section }: { section: GuideSection }) {
  return (
    <Card title={section.title}>
      {section.items?.map((item) => (
        <View key={item.what} className='privacy-guide__item'>
          <Text className='privacy-guide__what'>{item.what}</Text>
          <Text className='privacy-guide__why'>{item.why}</Text>
        </View>
      ))}
      {section.paragraphs?.map((text) => (
        <Text key={text} className='privacy-guide__paragraph'>
          {text}
        </Text>
      ))}
    </Card>
  );
}

/** 隐私保护指引: what is collected and why, who sees it, how long it is kept, how to withdraw. */
export default function PrivacyGuidePage() {
  return (
    <Page title='云岭家医隐私保护指引' intro='我们只收集为您提供家庭医生服务所必需的信息'>
      {GUIDE_SECTIONS.map((section) => (
        <Section key={section.title} section={section} />
      ))}
      <Text className='privacy-guide__updated'>更新日期：{GUIDE_UPDATED}</Text>
    </Page>
  );
}
