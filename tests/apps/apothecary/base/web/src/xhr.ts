export function send<T>(method: string, url: string, body?: unknown): Promise<T> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open(method, url);
    xhr.setRequestHeader('Content-Type', 'application/json');
    xhr.onload = () => {
      if (xhr.status >= 400) {
        reject(new Error(`${method} ${url}: ${xhr.status}`));
        return;
      }
      resolve(JSON.parse(xhr.responseText));
    };
    xhr.onerror = () => reject(new Error(`${method} ${url}: network error`));
    xhr.send(JSON.stringify(body));
  });
}
