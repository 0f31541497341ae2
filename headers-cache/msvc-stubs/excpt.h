/* sockconst's stand-in for MSVC's excpt.h (MIT; see README.md). Not Microsoft's header. */
#pragma once

/* winnt.h's EXCEPTION_ROUTINE returns this; the enumerators are the four dispositions MSVC documents. */
typedef enum _EXCEPTION_DISPOSITION {
  ExceptionContinueExecution,
  ExceptionContinueSearch,
  ExceptionNestedException,
  ExceptionCollidedUnwind
} EXCEPTION_DISPOSITION;
