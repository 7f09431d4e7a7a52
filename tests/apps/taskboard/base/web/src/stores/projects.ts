import { defineStore } from 'pinia'
import { ref } from 'vue'
import { archiveProject, createProject, fetchProjects } from '@/api/projects'
import type { Project } from '@/api/types'

export const useProjectsStore = defineStore('projects', () => {
  const projects = ref<Project[]>([])
  const loading = ref(false)

  async function load() {
    loading.value = true
    try {
      projects.value = await fetchProjects()
    } finally {
      loading.value = false
    }
  }

  async function add(name: string, description?: string) {
    projects.value.push(await createProject(name, description))
  }

  async function archive(id: string) {
    await archiveProject(id)
    projects.value = projects.value.filter((p) => p.id !== id)
  }

  return { projects, loading, load, add, archive }
})
