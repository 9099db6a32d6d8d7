// The tokens come first: every other sheet reads them (elder mode switches them in ui-tokens.css).
import './ui-tokens.css';
import './ui-base.css';
import './ui-controls.css';
import './ui-feedback.css';

export { ElderModeProvider, useElderMode, type ElderModeProviderProps, type ElderModeState } from './elder-mode';
export { Page, type PageProps } from './page';
export { Card, InfoRow, type CardProps } from './card';
export { Button, type ButtonProps } from './button';
export { ActionBar, type ActionBarProps } from './action-bar';
export { PhoneButton, type PhoneButtonProps } from './phone-button';
export { ErrorNotice, FieldError, type ErrorNoticeProps } from './error-notice';
export { Loading } from './loading';
export { EmptyState } from './empty-state';
export { ToggleRow } from './toggle-row';
export { ActingAsBanner, actingChoices } from './acting-as-banner';
export { useActingAs, setActingAs, getActingAs, type ActingAs } from './acting-as-store';
export { PrivacyPopup, PrivacyGuideLink, PRIVACY_GUIDE_URL } from './privacy-popup';
export { NoticeItem } from './notice-item';
export { CharCounter } from './char-counter';
export { TabBar, type TabBarProps } from './tab-bar';
