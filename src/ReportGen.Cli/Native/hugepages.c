/*
 * Linked into the native (AOT) reportgen on Linux only; see ReportGen.Cli.csproj.
 *
 * Before Main, a native .NET executable unpacks its type data (method tables, dictionaries: about 19 MB for
 * reportgen) into the zero-filled end of its writable segment. Touching that memory one 4 KB page at a time cost
 * about 4,700 page faults, which on a virtual machine were most of the 110 ms before Main (bench/RESULTS.md).
 * Linux's default transparent huge page mode ("madvise") backs a range with 2 MB pages only when the process asks, so
 * this asks, before the runtime starts: the same memory in about ten faults. Where huge pages are off, madvise fails
 * and nothing changes. The memory holds the same bytes either way; only how the kernel maps it differs.
 */
#if defined(__linux__)
#define _GNU_SOURCE
#include <link.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/mman.h>

#define HUGE_PAGE ((uintptr_t)2 * 1024 * 1024)

static int advise_zero_fill(struct dl_phdr_info *info, size_t size, void *data)
{
    (void)size;
    (void)data;
    /* The executable itself is the first object listed, with an empty name. */
    if (info->dlpi_name != NULL && info->dlpi_name[0] != '\0') return 0;
    for (int i = 0; i < info->dlpi_phnum; i++)
    {
        const ElfW(Phdr) *segment = &info->dlpi_phdr[i];
        if (segment->p_type != PT_LOAD || (segment->p_flags & PF_W) == 0 || segment->p_memsz <= segment->p_filesz) continue;
        uintptr_t start = info->dlpi_addr + segment->p_vaddr + segment->p_filesz;
        uintptr_t end = info->dlpi_addr + segment->p_vaddr + segment->p_memsz;
        uintptr_t first = (start + HUGE_PAGE - 1) & ~(HUGE_PAGE - 1);
        uintptr_t last = end & ~(HUGE_PAGE - 1);
        if (last > first) madvise((void *)first, last - first, MADV_HUGEPAGE);
    }
    return 1;
}

__attribute__((constructor)) static void reportgen_advise_huge_pages(void)
{
    dl_iterate_phdr(advise_zero_fill, NULL);
}
#endif
