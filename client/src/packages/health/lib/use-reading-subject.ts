import { useState } from 'react';
import { READING_KINDS, type ReadingKind } from '@shared/health/readings';
import { useActingAs } from '../../../components';
import { usePageParams } from '../../../lib/use-page-params';

/**
 * Whose readings a health page is about (the page's `residentId`, else the person the app acts for;
 * undefined when neither) and which kind of reading, starting from the page's `kind` when it names one
 * and blood pressure otherwise.
 */
export function useReadingSubject() {
  const params = usePageParams();
  const acting = useActingAs();
  const residentId = params.residentId ?? acting?.residentId;
  const [kind, setKind] = useState<ReadingKind>(READING_KINDS.includes(params.kind as ReadingKind) ? (params.kind as ReadingKind) : 'bp');
  return { params, residentId, kind, setKind };
}
