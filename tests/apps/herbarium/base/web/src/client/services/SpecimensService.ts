/* generated using openapi-typescript-codegen -- do not edit */
/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */
import type { NewSpecimen } from '../models/NewSpecimen';
import type { Specimen } from '../models/Specimen';
import type { CancelablePromise } from '../core/CancelablePromise';
import { OpenAPI } from '../core/OpenAPI';
import { request as __request } from '../core/request';

export class SpecimensService {
    /**
     * List Specimens
     * @returns Specimen Successful Response
     */
    public static listSpecimens(): CancelablePromise<Array<Specimen>> {
        return __request(OpenAPI, {
            method: 'GET',
            url: '/api/specimens',
        });
    }

    /**
     * Collect
     * @param requestBody
     * @returns Specimen Successful Response
     */
    public static collect(requestBody: NewSpecimen): CancelablePromise<Specimen> {
        return __request(OpenAPI, {
            method: 'POST',
            url: '/api/specimens',
            body: requestBody,
            mediaType: 'application/json',
        });
    }

    /**
     * Press
     * @param specimenId
     * @returns Specimen Successful Response
     */
    public static press(specimenId: number): CancelablePromise<Specimen> {
        return __request(OpenAPI, {
            method: 'POST',
            url: '/api/specimens/{specimen_id}/press',
            path: {
                'specimen_id': specimenId,
            },
        });
    }

    /**
     * Discard
     * @param specimenId
     * @returns any Successful Response
     */
    public static discard(specimenId: number): CancelablePromise<any> {
        return __request(OpenAPI, {
            method: 'DELETE',
            url: '/api/specimens/{specimen_id}',
            path: {
                'specimen_id': specimenId,
            },
        });
    }
}
