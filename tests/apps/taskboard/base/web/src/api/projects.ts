import { request } from './http'
import type { Project } from './types'

export function fetchProjects(): Promise<Project[]> {
  return request<Project[]>('/projects')
}

export function fetchProject(id: string): Promise<Project> {
  return request<Project>(`/projects/${id}`)
}

export function createProject(name: string, description = ''): Promise<Project> {
  return request<Project>('/projects', { method: 'POST', body: JSON.stringify({ name, description }) })
}

export function archiveProject(id: string): Promise<Project> {
  return request<Project>(`/projects/${id}/archive`, { method: 'PATCH' })
}
