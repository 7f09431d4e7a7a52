export interface Project {
  id: string
  name: string
  description: string
  archived: boolean
  createdAt: Date
}
