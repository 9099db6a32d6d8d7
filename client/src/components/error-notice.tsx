import { Text, View } from '@tarojs/components';
import type { ApiError } from '@shared/api';
import { Button } from './button';

export interface ErrorNoticeProps {
  error: ApiError | null | undefined;
  /** Offers a 重试 button when given. */
  onRetry?: () => void;
  retrying?: boolean;
  /**
   * Fields the form shows its own `FieldError` for: an error about one of them is left to that field
   * instead of being repeated here.
   */
  fields?: readonly string[];
}

/** Says what went wrong in plain Chinese, and how to try again. */
export function ErrorNotice({ error, onRetry, retrying, fields }: ErrorNoticeProps) {
  if (!error) return null;
  if (error.field && fields?.includes(error.field)) return null;
  return (
    <View className='ui-error' ariaRole='alert'>
      <Text className='ui-error__message'>{error.message}</Text>
      {onRetry ? (
        <View className='ui-error__action'>
          <Button variant='secondary' loading={retrying} onClick={onRetry}>
            重试
          </Button>
        </View>
      ) : null}
    </View>
  );
}

export interface FieldErrorProps {
  error: ApiError | null | undefined;
  field: string;
}

/** The error about one form field, shown right under it. */
export function FieldError({ error, field }: FieldErrorProps) {
  if (!error || error.field !== field) return null;
  return <Text className='ui-field-error'>{error.message}</Text>;
}
