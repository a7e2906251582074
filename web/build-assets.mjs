#!/usr/bin/env node
// Builds web/dist from node_modules and web/src. No bundler: copies compiled files.
//
// Layout (the server serves web/dist/X at /assets/X):
//   dist/govuk/govuk-frontend.min.{css,js}   GOV.UK Frontend (JS is an ES module)
//   dist/moj/moj-frontend.min.{css,js}       MOJ Frontend (JS is an ES module)
//   dist/fonts/*, dist/images/*              referenced by the CSS as /assets/fonts, /assets/images
//   dist/app.css, dist/app.js, dist/favicon.svg   ours, from web/src
//
// Fonts: the GDS Transport typeface may only be used on GOV.UK domains, and a council's
// service is not on GOV.UK, so by default the CSS is rewritten to use Arial (as the Design
// System says services off GOV.UK must). The font files are still copied; run with
// CHILDRECORD_GDS_TRANSPORT=1 (or --gds-transport) to keep the original CSS untouched.
//
// Idempotent: files are only written when their content changes.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const webDir = path.dirname(fileURLToPath(import.meta.url));
const root = path.dirname(webDir);
const dist = path.join(webDir, 'dist');
const nm = path.join(root, 'node_modules');
const keepTransport =
  process.argv.includes('--gds-transport') || process.env.CHILDRECORD_GDS_TRANSPORT === '1';

const govuk = path.join(nm, 'govuk-frontend', 'dist', 'govuk');
const moj = path.join(nm, '@ministryofjustice', 'frontend', 'moj');
for (const dir of [govuk, moj]) {
  if (!fs.existsSync(dir)) {
    console.error(`build-assets: ${path.relative(root, dir)} is missing: run "npm ci" in ${root}`);
    process.exit(1);
  }
}

let written = 0;
const wanted = new Set();

function writeIfChanged(dest, data) {
  wanted.add(dest);
  fs.mkdirSync(path.dirname(dest), { recursive: true });
  const buf = Buffer.isBuffer(data) ? data : Buffer.from(data);
  try {
    const old = fs.readFileSync(dest);
    if (old.equals(buf)) return;
  } catch {
    // missing: write it
  }
  fs.writeFileSync(dest, buf);
  written++;
}

function copy(src, dest, transform) {
  let data = fs.readFileSync(src);
  if (transform) data = Buffer.from(transform(data.toString('utf8')));
  writeIfChanged(dest, data);
}

function copyDir(srcDir, destDir) {
  for (const name of fs.readdirSync(srcDir)) {
    const src = path.join(srcDir, name);
    if (fs.statSync(src).isDirectory()) copyDir(src, path.join(destDir, name));
    else copy(src, path.join(destDir, name));
  }
}

// Rewrites compiled CSS to the Arial stack (see the note at the top).
function arialOnly(css) {
  if (keepTransport) return css;
  return css
    .replace(/@font-face\{font-family:["']?GDS Transport["']?;[^}]*\}/g, '')
    .replace(/font-family:["']?GDS Transport["']?,/g, 'font-family:')
    .replace(/font-family:["']?GDS Transport["']?([;}])/g, 'font-family:arial,sans-serif$1')
    .replace(/\/\*# sourceMappingURL=[^*]*\*\//g, '');
}
const dropMap = (js) => js.replace(/\/\/# sourceMappingURL=\S+\s*$/, '');

// GOV.UK Frontend
copy(path.join(govuk, 'govuk-frontend.min.css'), path.join(dist, 'govuk', 'govuk-frontend.min.css'), arialOnly);
copy(path.join(govuk, 'govuk-frontend.min.js'), path.join(dist, 'govuk', 'govuk-frontend.min.js'), dropMap);
copyDir(path.join(govuk, 'assets', 'fonts'), path.join(dist, 'fonts'));
copyDir(path.join(govuk, 'assets', 'images'), path.join(dist, 'images'));

// MOJ Frontend (its images go beside GOV.UK's: its CSS asks for /assets/images/...)
copy(path.join(moj, 'moj-frontend.min.css'), path.join(dist, 'moj', 'moj-frontend.min.css'), arialOnly);
copy(path.join(moj, 'moj-frontend.min.js'), path.join(dist, 'moj', 'moj-frontend.min.js'), dropMap);
copyDir(path.join(moj, 'assets', 'images'), path.join(dist, 'images'));

// Ours
const src = path.join(webDir, 'src');
for (const name of fs.readdirSync(src)) copy(path.join(src, name), path.join(dist, name));

// Remove files in dist that no source produces any more.
let removed = 0;
(function prune(dir) {
  if (!fs.existsSync(dir)) return;
  for (const name of fs.readdirSync(dir)) {
    const p = path.join(dir, name);
    if (fs.statSync(p).isDirectory()) {
      prune(p);
      if (fs.readdirSync(p).length === 0) fs.rmdirSync(p);
    } else if (!wanted.has(p)) {
      fs.unlinkSync(p);
      removed++;
    }
  }
})(dist);

console.log(`build-assets: ${wanted.size} files in ${path.relative(root, dist)} (${written} written, ${removed} removed)`);
