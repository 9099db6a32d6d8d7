/**
 * The privacy guide in plain words: what the app collects, why, who sees it, how long it is kept and
 * how to take consent back. It must say the same as the guide filed in the WeChat admin console
 * (用户隐私保护指引); change both together.
 */
export interface GuideItem {
  what: string;
  why: string;
}

export interface GuideSection {
  title: string;
  items?: GuideItem[];
  paragraphs?: string[];
}

export const GUIDE_UPDATED = '2025年11月';

export const GUIDE_SECTIONS: GuideSection[] = [
  {
    title: '我们收集哪些信息，用来做什么',
    items: [
      {
        what: '身份证号码',
        why: '核实您的身份，办理家庭医生签约。号码加密保存，页面上只显示后四位，工作人员也看不到完整号码。',
      },
      {
        what: '手机号码',
        why: '家庭医生团队联系您、确认预约和随访时使用。',
      },
      {
        what: '住址和位置',
        why: '找到您家所在网格负责的家庭医生团队。只在您打开地图或查找团队时获取一次位置，不在后台持续定位，也不保存定位坐标。',
      },
      {
        what: '健康情况',
        why: '如高血压、糖尿病、孕产期、残疾等，用来判断您可以签约哪些服务包、能否减免费用，并安排随访。',
      },
      {
        what: '家人代办',
        why: '子女为父母、家长为孩子办理时，要有本人（或监护人）的同意，并写明可以办理的事项和期限。每一次查看和办理都会留下记录。',
      },
      {
        what: '订阅消息',
        why: '用药提醒、签约审核结果、续约通知、预约提醒。只有在您点了“允许”之后才发送，每同意一次发送一条。',
      },
    ],
  },
  {
    title: '谁能看到您的信息',
    paragraphs: [
      '您本人；您同意代办的家人，只能在您同意的事项和期限内查看；为您签约的家庭医生团队。',
      '除此以外的任何人都看不到。每一次查看或办理都会记录下来，您可以在“谁看过我的信息”里查到。',
    ],
  },
  {
    title: '保存多久',
    paragraphs: [
      '签约记录和健康情况按照国家基本公共卫生服务居民健康档案的规定，由签约的医疗卫生机构保存。',
      '访问记录保存 3 年，供您本人和主管部门核查。',
      '提醒设置和订阅记录在您关闭提醒或注销后 30 天内删除。',
    ],
  },
  {
    title: '如何撤回同意、删除信息',
    paragraphs: [
      '撤回家人代办：在“我的 → 家人与代管”中撤回，撤回后对方立即不能再查看或办理。',
      '关闭订阅消息：点右上角“···”→“设置”→“订阅消息”，关闭不想收到的提醒。',
      '关闭位置权限：点右上角“···”→“设置”，关闭“位置信息”。关闭后仍可手动搜索小区或村找团队。',
      '撤回对本指引的同意：在微信“最近使用的小程序”中删除云岭家医，下次打开时会重新询问。',
      '删除信息或注销：联系您的家庭医生团队或签约机构提出，我们在 15 个工作日内处理并答复。依法必须保存的健康档案除外。',
    ],
  },
];
