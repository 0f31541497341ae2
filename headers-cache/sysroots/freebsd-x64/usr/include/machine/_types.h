/*-
 * This file is in the public domain.
 */
/* $FreeBSD: 26803672ff6f59ce5a5d97ca66f3aa156d22fbb8 $ */

#include <x86/_types.h>
