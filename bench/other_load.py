"""Other work on the machine skews every benchmark figure (the cores are shared).

`other_load.py FILE snapshot` notes the machine's busy and stolen CPU time and that of the
benchmark's process tree (rooted at $BENCH_ROOT_PID); `other_load.py FILE` then prints the share
of the machine's capacity, in percent, that went to anything else since: other engineers' builds
and tests, and time the hypervisor gave to other virtual machines (steal), which slows every
process here although no process here used it.
"""
import json
import os
import sys
import time


def busy_ticks():
    # user + nice + system + steal of every core; idle, iowait, interrupts and softirqs left out
    fields = open("/proc/stat").readline().split()
    return int(fields[1]) + int(fields[2]) + int(fields[3]) + int(fields[8])


def our_ticks(root):
    # CPU time of the benchmark's process tree, including children it has already reaped
    table = {}
    for pid in os.listdir("/proc"):
        if pid.isdigit():
            try:
                stat = open(f"/proc/{pid}/stat").read()
            except OSError:
                continue
            fields = stat[stat.rindex(")") + 2:].split()
            table[int(pid)] = (int(fields[1]), sum(map(int, fields[11:15])))
    ours, changed = {root}, True
    while changed:
        changed = False
        for pid, (ppid, _) in table.items():
            if ppid in ours and pid not in ours:
                ours.add(pid)
                changed = True
    return sum(table[pid][1] for pid in ours if pid in table)


path, root = sys.argv[1], int(os.environ["BENCH_ROOT_PID"])
if len(sys.argv) > 2:
    json.dump({"t": time.monotonic(), "busy": busy_ticks(), "ours": our_ticks(root)}, open(path, "w"))
else:
    before = json.load(open(path))
    other = (busy_ticks() - before["busy"]) - (our_ticks(root) - before["ours"])
    capacity = os.sysconf("SC_CLK_TCK") * (time.monotonic() - before["t"]) * os.cpu_count()
    print("%.0f" % min(100.0, max(0.0, 100 * other / capacity)))
