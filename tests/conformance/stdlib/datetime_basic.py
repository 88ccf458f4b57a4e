# datetime: date/time/datetime/timedelta/timezone arithmetic, formatting, parsing, errors.
from datetime import date, time, datetime, timedelta, timezone, MINYEAR, MAXYEAR

d = date(2024, 2, 28)
print(d, repr(d), d + timedelta(days=2), d - date(2023, 12, 25), d.weekday(), d.isoweekday(), d.isocalendar())
print(d.replace(day=1), d.toordinal(), date.fromordinal(738944), date.fromisoformat('2021-07-04'), d.ctime())
print(d.strftime('%Y-%m-%d %A %B %j %U %W %a %b %y %%'), format(d, '%d/%m/%Y'), f'{d:%Y}')
td = timedelta(days=1, hours=25, minutes=-30, seconds=3.5, microseconds=12)
print(td, repr(td), td.total_seconds(), td * 2, td / 2, td // 3, -td, abs(-td), timedelta(0), timedelta(weeks=1) / timedelta(days=1))
print(timedelta(days=-1, seconds=5), divmod(timedelta(hours=5), timedelta(hours=2)), timedelta.max, timedelta.resolution)
t = time(13, 5, 9, 123456)
print(t, repr(t), t.isoformat(timespec='milliseconds'), t.strftime('%I:%M %p'), time.fromisoformat('08:30:15'))
dt = datetime(2020, 12, 31, 23, 59, 30, 250000)
print(dt, repr(dt), dt + timedelta(seconds=45), dt.date(), dt.time(), dt.isoformat(), dt.isoformat(sep=' ', timespec='seconds'))
print(dt.strftime('%Y/%m/%d %H:%M:%S.%f %c'), datetime.fromisoformat('2011-11-04T00:05:23'), dt.timetuple()[:6], dt.timetuple().tm_yday)
tz = timezone(timedelta(hours=5, minutes=30), 'IST')
aware = datetime(2022, 6, 1, 12, 0, tzinfo=tz)
print(aware, aware.utcoffset(), aware.tzname(), aware.astimezone(timezone.utc), timezone.utc, repr(tz))
print(aware.strftime('%H:%M %z %Z'), aware.timestamp(), datetime.fromtimestamp(0, timezone.utc), datetime.utcfromtimestamp(86400 * 365))
print(sorted([date(2020, 1, 2), date(2019, 5, 5)]), date(2020, 1, 1) < date(2020, 1, 2), dt == datetime(2020, 12, 31, 23, 59, 30, 250000))
print(hash(date(2020, 1, 1)) == hash(date(2020, 1, 1)), {date(2020, 1, 1): 1}[date(2020, 1, 1)], MINYEAR, MAXYEAR, date.max, datetime.min)
for bad in ['date(2023, 2, 29)', 'date(2023, 13, 1)', 'time(24)', 'timedelta(days=10**9)', 'date.fromisoformat("2021-7-4")',
            'date(10000, 1, 1)', 'time(1, 60)', 'time(fold=2)', 'timedelta(days=-10**9)',
            'datetime(2020, 1, 1) - aware', 'time(1) < time(1, tzinfo=timezone.utc)', 'datetime(2020,1,1) < aware']:
    try:
        print(eval(bad))
    except (ValueError, TypeError, OverflowError) as e:
        print(bad, type(e).__name__, e)
