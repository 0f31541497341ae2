/* sockconst's stand-in for MSVC's vcruntime_string.h (MIT; see README.md). Not Microsoft's header. */
#pragma once

/*
 * The UCRT's string.h includes it for memcpy and its kin; nothing the Winsock headers define at file scope
 * calls them, so the file only has to exist.
 */
