#!/usr/bin/env python3
"""Trap: a coroutine that computes never lets the loop run the others."""
import asyncio
import time

START = time.perf_counter()


def now() -> float:
    """Seconds since the program started."""
    return time.perf_counter() - START


async def compute(seconds: float) -> int:
    """Count as fast as possible for the given seconds, never awaiting."""
    count = 0
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        count += 1
    return count


async def tick(times: int) -> None:
    """Print the time every 0.2 s: the loop's heartbeat."""
    for _ in range(times):
        print(f"tick at {now():.1f} s")
        await asyncio.sleep(0.2)


async def main() -> None:
    """Compute for 1 s beside the ticks: the ticks stop meanwhile."""
    await asyncio.gather(compute(1), tick(5))


if __name__ == "__main__":
    asyncio.run(main())
    print(f"total {now():.2f} s")
