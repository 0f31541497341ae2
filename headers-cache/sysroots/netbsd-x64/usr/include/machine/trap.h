/*	$NetBSD: trap.h,v 1.1 2003/04/26 18:39:48 fvdl Exp $	*/

#include <x86/trap.h>