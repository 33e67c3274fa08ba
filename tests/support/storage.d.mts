/** Types of storage.mjs, for the end-to-end specs (TypeScript). */
export interface StorageKeys {
  readonly scenarios: string
  readonly corrupt: string
  readonly theme: string
  readonly language: string
  readonly place: string
}
export declare const STORAGE_KEYS: StorageKeys
export interface StoredEntry {
  id: string
  name: string
  values: Record<string, unknown>
  createdAt: string
  updatedAt: string
}
export declare function storedEntry(id: string, name: string, values?: Record<string, unknown>): StoredEntry
export declare function seedOnce(items: Record<string, string>): void
export declare function storageFull(key: string): void
export declare function storageRefused(prefix: string): void
export declare function localStorageBlocked(): void
export declare function readStored(key: string): string | null
