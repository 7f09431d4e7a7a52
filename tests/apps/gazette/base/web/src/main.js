import { addComment, deleteArticle, listArticles, publishArticle } from './api.js'

const list = document.getElementById('articles')

function articleItem(article) {
  const item = document.createElement('li')
  item.textContent = `${article.headline} by ${article.byline}`
  const publish = document.createElement('button')
  publish.textContent = article.published ? 'Published' : 'Publish'
  publish.onclick = () => publishArticle(article.id).then(render)
  const remove = document.createElement('button')
  remove.textContent = 'Delete'
  remove.onclick = () => deleteArticle(article.id).then(render)
  const comment = document.createElement('button')
  comment.textContent = 'Comment'
  comment.onclick = () => showComment(item, article.id)
  item.append(publish, remove, comment)
  return item
}

async function showComment(item, articleId) {
  const comment = await addComment(articleId, window.prompt('Comment') ?? '')
  const line = document.createElement('p')
  line.textContent = `${comment.author}: ${comment.text}`
  item.append(line)
}

async function render() {
  const articles = await listArticles()
  list.replaceChildren(...articles.map(articleItem))
}

render()
