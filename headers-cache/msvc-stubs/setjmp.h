/* sockconst's stand-in for MSVC's setjmp.h (MIT; see README.md). Not Microsoft's header. */
#pragma once

/*
 * On arm64 only: clang's intrin.h includes setjmp.h and declares its setjmp intrinsics with jmp_buf. The
 * layout (sixteen 16-byte slots) is never used here, only the type's existence.
 */
typedef struct {
  unsigned __int64 Part[2];
} _SETJMP_FLOAT128;
typedef _SETJMP_FLOAT128 jmp_buf[16];
