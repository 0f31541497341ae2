/* sockconst's stand-in for MSVC's vcruntime.h (MIT; see README.md). Not Microsoft's header. */
#pragma once

/* The UCRT's corecrt.h declares its pointer-sized types from this one. */
typedef __UINTPTR_TYPE__ uintptr_t;

/* C has no wchar_t keyword; MSVC's is 16 bits wide, and the SDK's WCHAR and LPWSTR are built on it. */
typedef unsigned short wchar_t;

/* The UCRT brackets every header with these; in C they are empty. */
#define _CRT_BEGIN_C_HEADER
#define _CRT_END_C_HEADER

/* The calling convention the UCRT writes on its inline functions. */
#define __CRTDECL __cdecl

/* The UCRT marks deprecated and "insecure" functions with these; the probe never calls one. */
#define _CRT_DEPRECATE_TEXT(_Text) __declspec(deprecated(_Text))
#define _CRT_INSECURE_DEPRECATE(_Replacement)
