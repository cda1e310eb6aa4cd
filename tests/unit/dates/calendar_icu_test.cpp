// Differential test of clio's JDN calendar arithmetic against ICU.
//
// ICU's GregorianCalendar is a hybrid that switches from Julian to Gregorian in October 1582.
// Moving the cutover to the far past gives a pure proleptic Gregorian calendar, moving it to
// the far future a pure Julian one; ICU's JULIAN_DAY field (days counted from local midnight,
// GMT here) is then the oracle for the JDN. ICU numbers BC years from 1 in era BC (1 BC = year 1,
// era 0); clio is astronomical (1 BC = 0), so the two are converted here.
#include <doctest/doctest.h>

#include <unicode/gregocal.h>
#include <unicode/locid.h>
#include <unicode/timezone.h>
#include <unicode/utypes.h>

#include <cfloat>
#include <memory>
#include <random>
#include <string>
#include <vector>

#include "dates/calendar.hpp"

using namespace clio::dates;

namespace {

constexpr Jdn kUnixEpochJdn = 2440588;  // 1970-01-01, ICU's UDate 0
constexpr double kMsPerDay = 86400000.0;

// One ICU calendar per scheme, created once: constructing calendars is far slower than using them.
class IcuOracle {
 public:
  explicit IcuOracle(Calendar scheme) {
    UErrorCode status = U_ZERO_ERROR;
    cal_ = std::make_unique<icu::GregorianCalendar>(*icu::TimeZone::getGMT(), icu::Locale("en_US_POSIX"), status);
    REQUIRE(U_SUCCESS(status));
    // -DBL_MAX: every date is after the change (Gregorian); DBL_MAX: every date before it (Julian).
    cal_->setGregorianChange(scheme == Calendar::gregorian ? -DBL_MAX : DBL_MAX, status);
    REQUIRE(U_SUCCESS(status));
    cal_->setLenient(false);  // an impossible day from clio must show up as an ICU error
  }

  // JDN of an astronomical y-m-d according to ICU; false if ICU rejects the day.
  bool jdn_of(const Ymd& d, Jdn& out) {
    UErrorCode status = U_ZERO_ERROR;
    cal_->clear();
    cal_->set(UCAL_ERA, d.year <= 0 ? icu::GregorianCalendar::BC : icu::GregorianCalendar::AD);
    cal_->set(UCAL_YEAR, static_cast<int32_t>(d.year <= 0 ? 1 - d.year : d.year));
    cal_->set(UCAL_MONTH, d.month - 1);
    cal_->set(UCAL_DATE, d.day);
    out = cal_->get(UCAL_JULIAN_DAY, status);
    return U_SUCCESS(status);
  }

  // The astronomical y-m-d of a JDN according to ICU, via the UDate of its midnight (GMT).
  bool ymd_of(Jdn jdn, Ymd& out, Jdn& jdn_back) {
    UErrorCode status = U_ZERO_ERROR;
    cal_->clear();
    cal_->setTime(static_cast<double>(jdn - kUnixEpochJdn) * kMsPerDay, status);
    const int32_t era = cal_->get(UCAL_ERA, status);
    const int32_t year = cal_->get(UCAL_YEAR, status);
    const int32_t extended = cal_->get(UCAL_EXTENDED_YEAR, status);
    out.month = cal_->get(UCAL_MONTH, status) + 1;
    out.day = cal_->get(UCAL_DATE, status);
    jdn_back = cal_->get(UCAL_JULIAN_DAY, status);
    out.year = era == icu::GregorianCalendar::BC ? 1 - year : year;
    // ICU's own astronomical year must agree with the era arithmetic above.
    CHECK(extended == out.year);
    return U_SUCCESS(status);
  }

 private:
  std::unique_ptr<icu::GregorianCalendar> cal_;
};

// Compares clio with ICU on one day; returns false (after reporting) on a mismatch.
bool agree(IcuOracle& icu, Jdn j, Calendar scheme) {
  const std::string name = scheme == Calendar::gregorian ? "gregorian" : "julian";
  const Ymd clio_ymd = from_jdn(j, scheme);
  Ymd icu_ymd;
  Jdn icu_back = 0;
  Jdn icu_jdn = 0;
  const bool ok1 = icu.ymd_of(j, icu_ymd, icu_back);
  const bool ok2 = icu.jdn_of(clio_ymd, icu_jdn);
  const bool same = ok1 && ok2 && icu_back == j && icu_ymd == clio_ymd && icu_jdn == j &&
                    to_jdn(icu_ymd, scheme) == j;
  if (!same) {
    FAIL_CHECK(name, " JDN ", j, ": clio ", clio_ymd.year, "-", clio_ymd.month, "-", clio_ymd.day, ", ICU ",
               icu_ymd.year, "-", icu_ymd.month, "-", icu_ymd.day, " (ICU JDN of clio's day ", icu_jdn,
               ", ICU round trip ", icu_back, ")");
  }
  return same;
}

}  // namespace

TEST_CASE("the ICU calendars are really pure (the cutover was moved)") {
  IcuOracle greg(Calendar::gregorian), jul(Calendar::julian);
  Jdn j = 0;
  // 10 October 1582 does not exist in ICU's default hybrid calendar; it does in both pure ones.
  REQUIRE(greg.jdn_of({1582, 10, 10}, j));
  CHECK(j == 2299156);
  REQUIRE(jul.jdn_of({1582, 10, 10}, j));
  CHECK(j == 2299166);
  // 1900 is a leap year only in the Julian calendar.
  CHECK_FALSE(greg.jdn_of({1900, 2, 29}, j));
  CHECK(jul.jdn_of({1900, 2, 29}, j));
  // The JDN epoch: 1 January 4713 BC (astronomical -4712) in the Julian calendar.
  REQUIRE(jul.jdn_of({-4712, 1, 1}, j));
  CHECK(j == 0);
}

TEST_CASE("clio agrees with ICU on every 37th day and on random days, 4000 BC to AD 3000") {
  const Jdn from = julian_to_jdn(-3999, 1, 1);
  const Jdn to = gregorian_to_jdn(3000, 12, 31);
  std::vector<Jdn> days;
  for (Jdn j = from; j <= to; j += 37) days.push_back(j);
  std::mt19937_64 rng(0xC110);
  std::uniform_int_distribution<Jdn> pick(from, to);
  for (int k = 0; k < 20000; ++k) days.push_back(pick(rng));
  // The days around every century's end and leap day in the range, where the rules differ.
  for (std::int64_t y = -4000; y <= 3000; y += 100) {
    for (Calendar c : {Calendar::gregorian, Calendar::julian}) {
      const Jdn mar1 = to_jdn({y, 3, 1}, c);
      for (Jdn j = mar1 - 3; j <= mar1 + 1; ++j) days.push_back(j);
    }
  }
  CHECK(days.size() > 80000);

  for (Calendar scheme : {Calendar::gregorian, Calendar::julian}) {
    IcuOracle icu(scheme);
    int mismatches = 0;
    for (Jdn j : days) {
      if (!agree(icu, j, scheme) && ++mismatches >= 20) break;  // enough to diagnose
    }
    CHECK(mismatches == 0);
  }
}
