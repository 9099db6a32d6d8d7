export { call, type CallOptions } from './call';
export { ApiCallError, toApiError } from './api-call-error';
export { newRequestId } from './request-id';
export { redirectToLogin } from './transport';
