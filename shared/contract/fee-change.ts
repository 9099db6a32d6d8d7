import { yuanText } from './packages';

/** A change of team or packages that changes what the person pays a year, in words; null when it does not. */
export function feeChangeText(oldSelfPayYuan: number, newSelfPayYuan: number, verb: string): string | null {
  if (oldSelfPayYuan === newSelfPayYuan) return null;
  const diff = newSelfPayYuan - oldSelfPayYuan;
  return `原来每年个人自付 ${yuanText(oldSelfPayYuan)}，${verb}后每年个人自付 ${yuanText(newSelfPayYuan)}（每年${diff > 0 ? '多' : '少'} ${Math.abs(diff)} 元）。`;
}
