// The peer of bench/sla: moment-business-time (with moment-timezone) computing the same P1 5 h
// deadlines on the same Premium window (Mon-Fri 08:00-22:00, Sat 08:00-16:30, Europe/Brussels)
// and the same Belgian public holidays, for the start instants in a file.
// Usage: node peer.js instants.txt due.txt   (one UTC epoch second per line in both files)
'use strict';
const fs = require('fs');
const moment = require('moment-business-time');
require('moment-timezone');

// Belgian public holidays (U-09), computed here independently of bizline: Easter by the
// anonymous Gregorian algorithm, the movable feasts derived from it.
function easterSunday(year) {
  const a = year % 19, b = Math.floor(year / 100), c = year % 100;
  const d = Math.floor(b / 4), e = b % 4, f = Math.floor((b + 8) / 25), g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30, i = Math.floor(c / 4), k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7, m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31), day = ((h + l - 7 * m + 114) % 31) + 1;
  return Date.UTC(year, month - 1, day);
}
function belgianHolidays(year) {
  const easter = easterSunday(year);
  const iso = (ms) => new Date(ms).toISOString().slice(0, 10);
  const day = 86400000;
  return [`${year}-01-01`, iso(easter + day), `${year}-05-01`, iso(easter + 39 * day), iso(easter + 50 * day),
          `${year}-07-21`, `${year}-08-15`, `${year}-11-01`, `${year}-11-11`, `${year}-12-25`];
}

const [instantsPath, outPath] = process.argv.slice(2);
const instants = fs.readFileSync(instantsPath, 'utf8').trim().split('\n').map(Number);
// Start instants cover 2025-2028; deadlines can spill into early 2029.
let holidays = [];
for (let year = 2025; year <= 2029; year++) holidays = holidays.concat(belgianHolidays(year));
const weekday = ['08:00:00', '22:00:00'];
moment.updateLocale('en', {
  workinghours: {0: null, 1: weekday, 2: weekday, 3: weekday, 4: weekday, 5: weekday, 6: ['08:00:00', '16:30:00']},
  holidays,
});

const due = new Array(instants.length);
const start = process.hrtime.bigint();
for (let i = 0; i < instants.length; i++) {
  due[i] = moment.tz(instants[i] * 1000, 'Europe/Brussels').addWorkingTime(5, 'hours').unix();
}
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
fs.writeFileSync(outPath, due.join('\n') + '\n');
const rate = instants.length / seconds;
console.log(`moment-business-time: ${instants.length} deadlines in ${seconds.toFixed(2)} s = ${rate.toFixed(0)} deadlines/s`);
console.log(`RATE peer ${rate.toFixed(0)}`);
