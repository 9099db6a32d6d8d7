import Taro, { useShareAppMessage } from '@tarojs/taro';
import { Canvas, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { pagePath } from '@shared/pages/page-paths';
import { call } from '../../../../api';
import { Button, Card, EmptyState, ErrorNotice, InfoRow, Loading, Page } from '../../../../components';
import { useLoader } from '../../../../lib/use-loader';
import { usePageParams } from '../../../../lib/use-page-params';
import { summaryDoc, summaryFileName } from '../../lib/summary-doc';
import { saveSummaryImage, SUMMARY_CANVAS_ID } from '../../lib/save-image';
import '../../components/sojourn.css';

/** Opens WeChat's share menu; outside WeChat the page is shown to the doctor instead. */
async function share(): Promise<void> {
  try {
    await Taro.showShareMenu({ withShareTicket: false });
    await Taro.showToast({ title: '点右上角“…”转发给家乡的医生', icon: 'none' });
  } catch {
    await Taro.showToast({ title: '请把本页出示给家乡的医生', icon: 'none' });
  }
}

const SAVED_TEXT = { saved: '已保存到手机相册', downloaded: '图片已下载', denied: '没有保存：未允许保存到相册' } as const;

/**
 * The handback summary (旅居健康小结) after a stay: visits and services, readings and medication
 * changes during the stay, and the sojourn team's closing note. The resident and the home team read
 * it here; a visitor from outside Yunnan shows this page to the home doctor, forwards it in WeChat
 * (whoever opens a forwarded page sees it only if entitled) or saves it as an image, which carries
 * the same text and nothing more (no ID number, address or contacts).
 */
export default function SummaryPage() {
  const { stayId = '' } = usePageParams();
  const { data, loading, error, reload } = useLoader(() => call('sojourn.summary', { stayId }), [stayId]);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  useShareAppMessage(() => ({ title: data ? `${data.stay.residentName}的旅居健康小结` : '旅居健康小结', path: `/${pagePath('sojournSummary', { stayId })}` }));
  if (!data) return <Page title='旅居健康小结'>{loading ? <Loading /> : <ErrorNotice error={error} onRetry={reload} />}</Page>;
  const doc = summaryDoc(data);

  async function saveImage() {
    setSaving(true);
    try {
      setSaved(SAVED_TEXT[await saveSummaryImage(doc, summaryFileName(data!))]);
    } catch {
      setSaved('图片没有保存成功，请稍后再试，或截屏保存本页');
    } finally {
      setSaving(false);
    }
  }

  return (
    <Page title={doc.title} intro={`${doc.name} · ${data.stay.team.name}`}>
      <Card title='旅居概况'>
        {doc.facts.map((f) => (
          <InfoRow key={f.label} label={f.label} value={f.value} />
        ))}
      </Card>
      {doc.sections.map((s) => (
        <Card key={s.title} title={s.title}>
          {s.lines.length === 0 ? <EmptyState title={s.empty} /> : null}
          {s.lines.map((line, i) => (
            <Text key={i} className='sj-line'>{line}</Text>
          ))}
        </Card>
      ))}
      <Card title={doc.note.title}>
        {doc.note.written ? (
          <>
            <Text className='sj-line'>{doc.note.written.text}</Text>
            <Text className='sj-muted'>{doc.note.written.by}</Text>
          </>
        ) : (
          <Text className='sj-muted'>{doc.note.empty}</Text>
        )}
      </Card>
      {saved ? (
        <View className='sj-success' ariaRole='status'>
          <Text>{saved}</Text>
        </View>
      ) : null}
      <Button variant='secondary' onClick={() => void share()}>
        转发给家乡的医生
      </Button>
      <Button variant='secondary' loading={saving} onClick={() => void saveImage()}>
        保存为图片
      </Button>
      {process.env.TARO_ENV === 'weapp' ? <Canvas type='2d' id={SUMMARY_CANVAS_ID} className='sj-canvas' /> : null}
    </Page>
  );
}
