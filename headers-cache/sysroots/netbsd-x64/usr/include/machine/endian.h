/*	$NetBSD: endian.h,v 1.1 2003/04/26 18:39:40 fvdl Exp $	*/

#include <sys/endian.h>