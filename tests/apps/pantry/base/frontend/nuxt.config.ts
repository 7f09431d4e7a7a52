export default defineNuxtConfig({
  devtools: { enabled: false },
  nitro: {
    devProxy: { '/api': { target: 'http://localhost:8080/api', changeOrigin: true } },
  },
})
