/* Harbour's SQLite on the web: sqlite-wasm-rs compiles a full-featured SQLite, and Harbour uses
 * none of these extensions (no full-text search, R-trees, sessions, virtual tables over the
 * database's own pages or bytecode, math functions or column metadata). This header is
 * force-included before the amalgamation (.cargo/config.toml: CFLAGS -include, found through CPATH), after the
 * command line's -D flags have been read, so it takes them back out: a smaller first load for
 * the same behaviour. */
#undef SQLITE_ENABLE_FTS5
#undef SQLITE_ENABLE_RTREE
#undef SQLITE_ENABLE_SESSION
#undef SQLITE_ENABLE_PREUPDATE_HOOK
#undef SQLITE_ENABLE_DBSTAT_VTAB
#undef SQLITE_ENABLE_DBPAGE_VTAB
#undef SQLITE_ENABLE_BYTECODE_VTAB
#undef SQLITE_ENABLE_STMTVTAB
#undef SQLITE_ENABLE_MATH_FUNCTIONS
#undef SQLITE_ENABLE_OFFSET_SQL_FUNC
#undef SQLITE_ENABLE_UNKNOWN_SQL_FUNCTION
#undef SQLITE_ENABLE_COLUMN_METADATA
#undef SQLITE_ENABLE_UNLOCK_NOTIFY
/* No SQL JSON functions either (SQLITE_OMIT_JSON is one of the omit options that works with the
 * amalgamation): trusted adults' hours are JSON text, read by serde in Rust. Further omit
 * options were measured at 2 kB gzip together and left out, since most are unsupported with
 * the amalgamation. Cargo does not watch this file: after changing it, run
 * `cargo clean -p sqlite-wasm-rs --release --target wasm32-unknown-unknown`. */
#define SQLITE_OMIT_JSON 1
