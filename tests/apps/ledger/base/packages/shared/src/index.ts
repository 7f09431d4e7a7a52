export * from './schemas'
export * from './money'
