import { Inject, Injectable, OnApplicationShutdown, type Provider } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { KEY_STORE, type KeyStore } from './key-store.port.js';
import { SqliteKeyStore } from './sqlite-key-store.js';

/** The one place the key store adapter is chosen: KEY_STORE_URL (PostgreSQL) when set, else DATA_DIR/keys.sqlite. */
export async function openKeyStore(config: AppConfig): Promise<KeyStore> {
  if (config.keyStoreUrl) {
    // Loaded only when configured, like the event store's server adapters: embedded never loads the driver.
    const { PostgresKeyStore } = await import('./postgres-key-store.js');
    return PostgresKeyStore.open(config.keyStoreUrl, config.personalDataKey);
  }
  return new SqliteKeyStore(config.keyStoreFile, config.personalDataKey);
}

/** Closes the key store with the process (its PostgreSQL pool, or the SQLite file). */
@Injectable()
export class KeyStoreShutdown implements OnApplicationShutdown {
  constructor(@Inject(KEY_STORE) private readonly keys: KeyStore) {}

  async onApplicationShutdown(): Promise<void> {
    await this.keys.close();
  }
}

export const KEY_STORE_PROVIDERS: Provider[] = [
  { provide: KEY_STORE, inject: [APP_CONFIG], useFactory: (config: AppConfig) => openKeyStore(config) },
  KeyStoreShutdown,
];
