import './ui.css';

export { ElderModeProvider, useElderMode, type ElderModeProviderProps, type ElderModeState } from './elder-mode';
export { Page, type PageProps } from './page';
export { Card, InfoRow, type CardProps } from './card';
export { Button, type ButtonProps } from './button';
export { ErrorNotice, FieldError, type ErrorNoticeProps } from './error-notice';
export { Loading } from './loading';
export { EmptyState } from './empty-state';
export { ToggleRow } from './toggle-row';
