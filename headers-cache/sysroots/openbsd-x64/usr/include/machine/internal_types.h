/*	$OpenBSD: internal_types.h,v 1.2 2004/09/16 13:10:57 miod Exp $	*/
/* Public domain */
#ifndef _MACHINE_INTERNAL_TYPES_H_
#define _MACHINE_INTERNAL_TYPES_H_

#endif
