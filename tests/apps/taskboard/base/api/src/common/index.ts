export { paginate, DEFAULT_PAGE_SIZE } from './pagination'
export type { Page } from './pagination'
export { newId } from './ids'
