"""Object-oriented: a small operating-system task scheduler in the spirit of Richards.

Six tasks (idle, worker, two handlers, two devices) exchange packets through a
priority scheduler; the checksum counts packets queued, holds and device output.
"""
import sys

IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)
WORK, DEVICE = "work", "device"


class Packet:
    def __init__(self, kind, owner):
        self.kind = kind
        self.owner = owner
        self.sender = owner
        self.datum = 0
        self.data = [0, 0, 0, 0]


class Task:
    def __init__(self, sched, ident, priority):
        self.sched = sched
        self.ident = ident
        self.priority = priority
        self.queue = []
        self.held = False
        self.waiting = False
        sched.add(self)

    def runnable(self):
        if self.held:
            return False
        return not self.waiting or len(self.queue) > 0


class IdleTask(Task):
    def __init__(self, sched, count):
        super().__init__(sched, IDLE, 0)
        self.count = count
        self.v1 = 1

    def run(self, packet):
        self.count -= 1
        if self.count == 0:
            self.sched.hold(self)
        elif self.v1 & 1 == 0:
            self.v1 >>= 1
            self.sched.release(DEVICE_A)
        else:
            self.v1 = (self.v1 >> 1) ^ 0xD008
            self.sched.release(DEVICE_B)


class WorkerTask(Task):
    def __init__(self, sched):
        super().__init__(sched, WORKER, 1000)
        self.dest = HANDLER_A
        self.count = 0
        self.waiting = True

    def run(self, packet):
        if packet is None:
            self.sched.wait(self)
            return
        self.dest = HANDLER_B if self.dest == HANDLER_A else HANDLER_A
        packet.datum = 0
        for i in range(4):
            self.count += 1
            if self.count > 26:
                self.count = 1
            packet.data[i] = 64 + self.count
        self.sched.send(self, packet, self.dest)
        self.sched.wait(self)


class HandlerTask(Task):
    def __init__(self, sched, ident, priority, device):
        super().__init__(sched, ident, priority)
        self.device = device
        self.work = []
        self.devices = []
        self.waiting = True

    def run(self, packet):
        if packet is not None:
            if packet.kind == WORK:
                self.work.append(packet)
            else:
                self.devices.append(packet)
        if self.work:
            w = self.work[0]
            if w.datum >= 4:
                self.work.pop(0)
                self.sched.send(self, w, WORKER)
                return
            if self.devices:
                d = self.devices.pop(0)
                d.datum = w.data[w.datum]
                w.datum += 1
                self.sched.send(self, d, self.device)
                return
        self.sched.wait(self)


class DeviceTask(Task):
    def __init__(self, sched, ident, priority):
        super().__init__(sched, ident, priority)
        self.pending = None
        self.waiting = True

    def run(self, packet):
        if packet is None:
            if self.pending is None:
                self.sched.wait(self)
                return
            p = self.pending
            self.pending = None
            self.sched.send(self, p, p.sender)
            self.sched.wait(self)
            return
        self.pending = packet
        self.sched.output = (self.sched.output * 31 + packet.datum) % 1000003
        self.sched.hold(self)


class Scheduler:
    def __init__(self):
        self.tasks = []
        self.table = {}
        self.queue_count = 0
        self.hold_count = 0
        self.output = 0

    def add(self, task):
        self.tasks.append(task)
        self.tasks.sort(key=lambda t: -t.priority)
        self.table[task.ident] = task

    def hold(self, task):
        self.hold_count += 1
        task.held = True

    def release(self, ident):
        self.table[ident].held = False

    def wait(self, task):
        task.waiting = True

    def send(self, sender, packet, dest):
        self.queue_count += 1
        packet.sender = sender.ident
        self.table[dest].queue.append(packet)

    def run(self):
        steps = 0
        while True:
            task = None
            for t in self.tasks:
                if t.runnable():
                    task = t
                    break
            if task is None:
                return steps
            steps += 1
            packet = None
            if task.waiting and task.queue:
                packet = task.queue.pop(0)
                task.waiting = False
            task.run(packet)


def run_once(count):
    s = Scheduler()
    IdleTask(s, count)
    worker = WorkerTask(s)
    worker.queue = [Packet(WORK, WORKER), Packet(WORK, WORKER)]
    for ident, prio, dev in ((HANDLER_A, 2000, DEVICE_A), (HANDLER_B, 3000, DEVICE_B)):
        h = HandlerTask(s, ident, prio, dev)
        h.queue = [Packet(DEVICE, ident) for _ in range(3)]
    DeviceTask(s, DEVICE_A, 4000)
    DeviceTask(s, DEVICE_B, 5000)
    steps = s.run()
    return steps, s.queue_count, s.hold_count, s.output


def main():
    iterations = int(sys.argv[1]) if len(sys.argv) > 1 else 50
    total = 0
    result = None
    for _ in range(iterations):
        result = run_once(5000)
        total += result[0]
    print("steps", result[0], "queued", result[1], "holds", result[2], "output", result[3], "total", total)


main()
