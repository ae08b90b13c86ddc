/** Saves text as a file through the browser's download. */
export function download(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
  link.click();
  // The click starts the download synchronously; the URL is no longer needed after this task.
  setTimeout(() => URL.revokeObjectURL(url));
}
