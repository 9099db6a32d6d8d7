import type { StaySummary } from '@shared/api/sojourn';
import { formatLocalDate } from '../../../lib/date';

export interface SummarySection {
  title: string;
  lines: string[];
  /** Said when the section has no lines. */
  empty: string;
}

/**
 * The handback summary as text, the same on the page and in the saved image: who, when, which team,
 * then visits, readings, medication changes and the team's note. It carries no ID number, address or
 * emergency contact, so an image forwarded to a home doctor holds nothing re-combinable.
 */
export interface SummaryDoc {
  title: string;
  name: string;
  facts: Array<{ label: string; value: string }>;
  sections: SummarySection[];
  /** The sojourn team's closing note: its heading, what is said when there is none, and the note with who wrote it when. */
  note: { title: string; empty: string; written: { text: string; by: string } | null };
}

export function summaryDoc(data: StaySummary): SummaryDoc {
  const { stay } = data;
  const home = stay.homeTeam ? stay.homeTeam.name : stay.homeInstitution ? `${stay.homeInstitution.name} ${stay.homeInstitution.phone}` : '未填写';
  return {
    title: '旅居健康小结',
    name: stay.residentName,
    facts: [
      { label: '旅居日期', value: `${stay.arrival} 至 ${stay.departure}` },
      { label: '旅居团队', value: `${stay.team.name} ${stay.team.phone}` },
      { label: '家乡签约', value: home },
    ],
    sections: [
      {
        title: '就诊和服务',
        empty: '旅居期间没有就诊记录',
        lines: data.visits.map((v) => `${formatLocalDate(v.at)} · ${v.channel}：${v.services.join('、')}${v.note ? `。${v.note}` : ''}`),
      },
      { title: '居家测量', empty: '旅居期间没有测量记录', lines: data.readings.map((r) => `${formatLocalDate(r.at)} · ${r.kind} ${r.valueText}`) },
      {
        title: '用药变化',
        empty: '旅居期间用药没有变化',
        lines: data.medicationChanges.map((m) => `${formatLocalDate(m.at)} · ${m.change === 'started' ? '开始' : '停用'} ${m.drug} ${m.dose}`),
      },
    ],
    note: {
      title: '旅居团队小结',
      empty: '旅居团队没有填写小结',
      written: stay.closingNote ? { text: stay.closingNote.text, by: `${stay.closingNote.by} · ${formatLocalDate(stay.closingNote.at)}` } : null,
    },
  };
}

/** `旅居健康小结-陈建国-2026-12-01至2027-02-28.png` */
export function summaryFileName(data: StaySummary): string {
  return `旅居健康小结-${data.stay.residentName}-${data.stay.arrival}至${data.stay.departure}.png`;
}
