/* generated using openapi-typescript-codegen -- do not edit */
/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */
export type Loan = {
    id: number;
    specimen_id: number;
    borrower: string;
    due: string;
};
