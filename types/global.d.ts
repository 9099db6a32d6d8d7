/// <reference types="@tarojs/taro" />

declare module '*.png';
declare module '*.gif';
declare module '*.jpg';
declare module '*.jpeg';
declare module '*.svg';
declare module '*.css';

declare namespace NodeJS {
  interface ProcessEnv {
    /** The platform being built ('weapp' | 'h5'); Taro replaces it at build time. */
    TARO_ENV?: string;
    TARO_APP_ID?: string;
  }
}
