/*	$NetBSD: ansi.h,v 1.11 2019/05/07 03:49:26 kamil Exp $	*/

#include <sys/common_ansi.h>