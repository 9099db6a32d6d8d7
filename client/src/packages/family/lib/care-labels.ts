import type { ElderlyRisk } from '@shared/resident/classification';

/**
 * The elderly risk level as the resident and her family read it: what it means for the care she gets,
 * in calm words. Staff see the clinical label (红色/黄色/绿色).
 */
export const CARE_LEVEL_TEXT: Record<ElderlyRisk, { title: string; detail: string }> = {
  red: {
    title: '重点关照',
    detail: '根据年龄和健康情况，家庭医生团队会更常联系您：定期电话问候、上门随访，帮您管好慢性病。身体有不舒服，随时拨打团队电话。',
  },
  yellow: {
    title: '定期关照',
    detail: '家庭医生团队会定期为您随访和体检，帮您留意慢性病和日常生活中的变化。',
  },
  green: {
    title: '日常关照',
    detail: '您的身体情况较好。家庭医生团队每年为您做一次健康体检，平时有需要可以随时联系。',
  },
};
