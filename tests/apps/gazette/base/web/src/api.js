import request from 'superagent'

const API = '/api'

export async function listArticles() {
  const res = await request.get(`${API}/articles/`)
  return res.body.articles
}

export function publishArticle(id) {
  return request.post(`${API}/articles/${id}/publish`).then((res) => res.body)
}

export function deleteArticle(id) {
  return request.delete(`${API}/articles/${id}`)
}

export async function addComment(articleId, text) {
  const res = await request.post(`${API}/comments/${articleId}`).send({ text })
  return res.body
}
