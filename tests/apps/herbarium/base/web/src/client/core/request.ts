/* generated using openapi-typescript-codegen -- do not edit */
/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */
import type { CancelablePromise } from './CancelablePromise';
import type { OpenAPIConfig } from './OpenAPI';

export type ApiRequestOptions = {
    readonly method: 'GET' | 'PUT' | 'POST' | 'DELETE' | 'OPTIONS' | 'HEAD' | 'PATCH';
    readonly url: string;
    readonly path?: Record<string, unknown>;
    readonly body?: unknown;
    readonly mediaType?: string;
};

export const request = <T>(config: OpenAPIConfig, options: ApiRequestOptions): CancelablePromise<T> => {
    const url = config.BASE + options.url.replace(/{(.*?)}/g, (_match, key) => String(options.path?.[key]));
    return fetch(url, {
        method: options.method,
        body: options.body === undefined ? undefined : JSON.stringify(options.body),
        headers: { 'Content-Type': options.mediaType ?? 'application/json' },
    }).then((response) => response.json() as Promise<T>);
};
