import { Controller, Get, NotFoundException, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Public } from '@send/platform';
import { PageController } from './pages.js';

/**
 * Where the build put the compiled styles, scripts and icons (infra/build-ui.mjs): beside the compiled
 * code; when the code runs from its sources (the test suites), the build's copy of them.
 */
export const PUBLIC_DIR =
  [join(dirname(fileURLToPath(import.meta.url)), '..', 'public'), join(process.cwd(), 'dist/libs/gateway/src/ui/public')].find(
    (dir) => existsSync(dir),
  ) ?? join(dirname(fileURLToPath(import.meta.url)), '..', 'public');

/** The pages' assets: only files the build produced, by name, from the one directory (no traversal). */
@PageController()
@Controller('assets')
export class AssetsController {
  @Get('*path')
  @Public()
  file(@Param('path') path: string | string[], @Res() res: Response): void {
    const name = Array.isArray(path) ? path.join('/') : path;
    if (!/^([\w-]+\/)*[\w-]+(\.[\w-]+)*\.(css|mjs|js|svg|png|ico|map)$/.test(name) || !existsSync(join(PUBLIC_DIR, name))) {
      throw new NotFoundException();
    }
    res.sendFile(name, { root: PUBLIC_DIR, maxAge: '1h', dotfiles: 'deny' });
  }
}
