export type TaskStatus = 'todo' | 'doing' | 'done'

export interface Task {
  id: string
  projectId: string
  title: string
  status: TaskStatus
  dueDate: string | null
}
