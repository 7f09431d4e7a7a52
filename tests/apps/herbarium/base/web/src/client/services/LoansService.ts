/* generated using openapi-typescript-codegen -- do not edit */
/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */
import type { Loan } from '../models/Loan';
import type { CancelablePromise } from '../core/CancelablePromise';
import { OpenAPI } from '../core/OpenAPI';
import { request as __request } from '../core/request';

export class LoansService {
    /**
     * Get Loan
     * @param loanId
     * @returns Loan Successful Response
     */
    public static getLoan(loanId: number): CancelablePromise<Loan> {
        return __request(OpenAPI, {
            method: 'GET',
            url: '/api/loans/{loan_id}',
            path: {
                'loan_id': loanId,
            },
        });
    }

    /**
     * Return Loan
     * @param loanId
     * @returns any Successful Response
     */
    public static returnLoan(loanId: number): CancelablePromise<any> {
        return __request(OpenAPI, {
            method: 'DELETE',
            url: '/api/loans/{loan_id}',
            path: {
                'loan_id': loanId,
            },
        });
    }
}
