import { request } from './http'
import type { Page, Task, TaskStatus } from './types'

export function fetchTasks(projectId: string, page = 1): Promise<Page<Task>> {
  return request<Page<Task>>(`/projects/${projectId}/tasks?page=${page}`)
}

export function createTask(projectId: string, title: string, dueDate?: string): Promise<Task> {
  return request<Task>(`/projects/${projectId}/tasks`, {
    method: 'POST',
    body: JSON.stringify({ title, dueDate }),
  })
}

export function moveTask(id: string, status: TaskStatus): Promise<Task> {
  return request<Task>(`/tasks/${id}`, { method: 'PATCH', body: JSON.stringify({ status }) })
}
