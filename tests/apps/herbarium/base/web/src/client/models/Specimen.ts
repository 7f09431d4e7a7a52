/* generated using openapi-typescript-codegen -- do not edit */
/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */
export type Specimen = {
    id: number;
    taxon: string;
    collector: string;
    site: string;
    pressed: boolean;
    label: string;
};
