export type TaskStatus = 'todo' | 'doing' | 'done'

export interface Project {
  id: string
  name: string
  description: string
  archived: boolean
  createdAt: string
}

export interface Task {
  id: string
  projectId: string
  title: string
  status: TaskStatus
  dueDate: string | null
}

export interface Page<T> {
  items: T[]
  total: number
  page: number
  pageSize: number
}
