// Part of `npm run build` (docs/ui.md "Styles"): compiles the pages' Sass with GOV.UK Frontend and MoJ
// Frontend, and puts the views and the assets beside the compiled gateway, where the app serves them from.
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as sass from 'sass';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const source = join(root, 'libs/gateway/src/ui');
const target = join(root, 'dist/libs/gateway/src/ui');
const assets = join(target, 'public');
mkdirSync(assets, { recursive: true });

// The design systems' own deprecation notices are theirs to act on, not a build failure here.
const css = sass.compile(join(source, 'assets/app.scss'), {
  loadPaths: [root],
  style: 'compressed',
  quietDeps: true,
  logger: {
    warn: (message, { deprecation, stack }) =>
      deprecation || (stack ?? '').startsWith('node_modules/') ? undefined : console.warn(message),
  },
});
if (css.css.includes('GDS Transport')) throw new Error('The pages must not use the GDS Transport typeface.');
writeFileSync(join(assets, 'app.css'), css.css);

cpSync(join(source, 'views'), join(target, 'views'), { recursive: true });
cpSync(join(source, 'assets/app.mjs'), join(assets, 'app.mjs'));
cpSync(join(source, 'assets/app-icon.svg'), join(assets, 'app-icon.svg'));
cpSync(join(root, 'node_modules/govuk-frontend/dist/govuk/govuk-frontend.min.js'), join(assets, 'govuk-frontend.min.js'));
cpSync(join(root, 'node_modules/@ministryofjustice/frontend/moj/moj-frontend.min.js'), join(assets, 'moj-frontend.min.js'));
// MoJ Frontend's component icons. Not GOV.UK Frontend's images and fonts: the crown, its favicons and its typeface
// are for GOV.UK services only.
cpSync(join(root, 'node_modules/@ministryofjustice/frontend/moj/assets/images'), join(assets, 'images'), { recursive: true });
