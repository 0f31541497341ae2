/*	$NetBSD: mutex.h,v 1.2 2007/02/09 21:55:01 ad Exp $	*/

#include <x86/mutex.h>