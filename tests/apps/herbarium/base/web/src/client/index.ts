/* generated using openapi-typescript-codegen -- do not edit */
/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */
export { OpenAPI } from './core/OpenAPI';
export type { OpenAPIConfig } from './core/OpenAPI';

export type { Loan } from './models/Loan';
export type { NewSpecimen } from './models/NewSpecimen';
export type { Specimen } from './models/Specimen';

export { LoansService } from './services/LoansService';
export { SpecimensService } from './services/SpecimensService';
