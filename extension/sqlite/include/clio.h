/* clio: historical dates, person names and passage tagging for SQLite.
 *
 * For applications that link clio statically (the clio_static library, built with SQLITE_CORE):
 * register clio for every connection the process opens, before opening any:
 *
 *     #include <sqlite3.h>
 *     #include <clio.h>
 *     sqlite3_auto_extension((void (*)(void))sqlite3_clio_init);
 *
 * or call sqlite3_clio_init(db, &errmsg, NULL) on one connection.
 */
#ifndef CLIO_H
#define CLIO_H

#include <sqlite3.h>

#ifdef __cplusplus
extern "C" {
#endif

int sqlite3_clio_init(sqlite3* db, char** pzErrMsg, const sqlite3_api_routines* pApi);

#ifdef __cplusplus
}
#endif

#endif /* CLIO_H */
