/*	$NetBSD: idtype.h,v 1.5 2016/04/09 17:02:51 riastradh Exp $	*/

/*-
 * Copyright (c) 2016 The NetBSD Foundation, Inc.
 * All rights reserved.
 *
 * This code is derived from software contributed to The NetBSD Foundation
 * by Christos Zoulas.
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions
 * are met:
 * 1. Redistributions of source code must retain the above copyright
 *    notice, this list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright
 *    notice, this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 *
 * THIS SOFTWARE IS PROVIDED BY THE NETBSD FOUNDATION, INC. AND CONTRIBUTORS
 * ``AS IS'' AND ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED
 * TO, THE IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR
 * PURPOSE ARE DISCLAIMED.  IN NO EVENT SHALL THE FOUNDATION OR CONTRIBUTORS
 * BE LIABLE FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR
 * CONSEQUENTIAL DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF
 * SUBSTITUTE GOODS OR SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS
 * INTERRUPTION) HOWEVER CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN
 * CONTRACT, STRICT LIABILITY, OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE)
 * ARISING IN ANY WAY OUT OF THE USE OF THIS SOFTWARE, EVEN IF ADVISED OF THE
 * POSSIBILITY OF SUCH DAMAGE.
 */
#ifndef _SYS_IDTYPE_H_
#define _SYS_IDTYPE_H_

/*
 * Using the solaris constants, some of them are not applicable to us
 * Do not re-order the list, or add elements in the middle as this will
 * break the ABI of the system calls using this.  We set a high private
 * maximum so that new values can be added in the future without
 * changing the width of the type.
 */
typedef enum {
	P_MYID = -1,	/* Me/my process group */
	P_ALL,		/* All processes. */
	P_PID,		/* A process identifier. */
	P_LWPID,	/* An LWP identifier. */
	P_PPID,		/* A parent process identifier.	*/
	P_PGID,		/* A process group identifier. */
	P_SID,		/* A session identifier. */
	P_CID,		/* A scheduling class identifier. */
	P_UID,		/* A user identifier. */
	P_GID,		/* A group identifier. */
	P_TASKID,	/* A task identifier. */
	P_PROJID,	/* A project identifier. */
	P_POOLID,	/* A pool identifier. */
	P_ZONEID,	/* A zone identifier. */
	P_CTID,		/* A (process) contract identifier. */
	P_CPUID,	/* CPU identifier. */
	P_PSETID,	/* Processor set identifier. */
	_P_MAXIDTYPE = 0x7fffffff
} idtype_t;

#endif /* _SYS_IDTYPE_H_ */