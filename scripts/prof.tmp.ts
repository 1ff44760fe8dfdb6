import { summarizeProfiles } from './bench/profile.ts';
const s = summarizeProfiles(process.argv[2]!, '/work/main', 30, []);
for (const e of s.byModule.slice(0, 14)) console.log('M', e.seconds.toFixed(2), e.name);
for (const e of s.byFunction.slice(0, 25)) console.log('F', e.seconds.toFixed(2), e.name);
for (const e of s.inclusive.slice(0, 25)) console.log('I', e.seconds.toFixed(2), e.name);
