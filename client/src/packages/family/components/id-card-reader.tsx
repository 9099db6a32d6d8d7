import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { ActionOutput } from '@shared/api';
import { call, toApiError } from '../../../api';
import { Button } from '../../../components';
import { takeIdCardPhoto } from '../lib/id-card-photo';

type Card = ActionOutput<'resident.readIdCard'>;

export interface IdCardReaderProps {
  /** The name on record, to compare with the card's. */
  expectedName: string;
  onRead: (card: Card) => void;
  onError: (message: string) => void;
}

/**
 * 拍身份证识别: a staff member photographs the card in front of them and WeChat's OCR fills the
 * number; the card's name is set beside the one on record so a wrong card is seen at once.
 */
export function IdCardReader({ expectedName, onRead, onError }: IdCardReaderProps) {
  const [busy, setBusy] = useState(false);
  const [card, setCard] = useState<Card | null>(null);
  const read = async () => {
    setBusy(true);
    let photo: Awaited<ReturnType<typeof takeIdCardPhoto>> = null;
    try {
      photo = await takeIdCardPhoto();
      if (!photo) return;
      const result = await call('resident.readIdCard', { imageUrl: photo.url });
      setCard(result);
      onRead(result);
    } catch (err) {
      onError(toApiError(err).message);
    } finally {
      await photo?.discard().catch(() => undefined);
      setBusy(false);
    }
  };
  const mismatch = card !== null && card.name !== expectedName;
  return (
    <View className='family-id-reader'>
      <Button variant='secondary' loading={busy} onClick={() => void read()}>拍身份证识别</Button>
      {card ? (
        <View ariaRole='status'>
          <Text className={mismatch ? 'ui-field-error' : 'family-note'}>
            {mismatch
              ? `身份证上的姓名是“${card.name}”，与档案“${expectedName}”不一致，请核对是否拿错了证件`
              : `已从身份证读取：${card.name}，${card.gender === 'female' ? '女' : '男'}，${card.birthDate}出生`}
          </Text>
        </View>
      ) : null}
    </View>
  );
}
