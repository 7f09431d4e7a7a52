import { writable } from 'svelte/store'

export const userId = writable('demo-user')
