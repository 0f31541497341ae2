/*	$NetBSD: cdefs.h,v 1.3 2012/01/20 14:08:05 joerg Exp $	*/

#ifndef	_X86_64_CDEFS_H_
#define	_X86_64_CDEFS_H_

#define __ALIGNBYTES		(sizeof(long) - 1)

#endif /* !_X86_64_CDEFS_H_ */