/** Saves a file the app made (an export) through the browser's download, from an object URL. */

export interface UseDownloadReturn {
  /** Starts the download of `blob` as `fileName`; the object URL is revoked shortly after. */
  download: (blob: Blob, fileName: string) => void
}

export interface UseDownloadOptions {
  /** How long the object URL lives after the click, in ms (browsers read it asynchronously). */
  readonly revokeAfterMs?: number
}

export function useDownload({ revokeAfterMs = 10_000 }: UseDownloadOptions = {}): UseDownloadReturn {
  return {
    download(blob, fileName) {
      const url = URL.createObjectURL(blob)
      const a = document.createElement('a')
      a.href = url
      a.download = fileName
      a.rel = 'noopener'
      a.hidden = true
      document.body.append(a)
      a.click()
      a.remove()
      setTimeout(() => URL.revokeObjectURL(url), revokeAfterMs)
    },
  }
}
