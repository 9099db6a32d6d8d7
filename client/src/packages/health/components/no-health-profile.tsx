import { ActingAsBanner, EmptyState, Page } from '../../../components';

/** A health page opened while the app acts for nobody with a health record yet. */
export function NoHealthProfile({ title, description }: { title: string; description: string }) {
  return (
    <Page title={title}>
      {/* The banner picks the user's own profile when nobody is chosen yet. */}
      <ActingAsBanner />
      <EmptyState title='还没有健康档案' description={description} />
    </Page>
  );
}
