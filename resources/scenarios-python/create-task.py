#!/usr/bin/env python3
"""create_task starts a coroutine now; await task collects it later."""
import asyncio
import time


async def retarde(seconds: float) -> str:
    """Wait the given seconds, then say it is done."""
    await asyncio.sleep(seconds)
    return f"retarde({seconds}) done"


async def main() -> None:
    """Start retarde as a task, work meanwhile, then await the task."""
    start = time.perf_counter()
    task = asyncio.create_task(retarde(2))
    print("task created, main goes on")
    await asyncio.sleep(1)
    print(f"main worked for {time.perf_counter() - start:.2f} s")
    print(await task)
    print(f"total {time.perf_counter() - start:.2f} s")


if __name__ == "__main__":
    asyncio.run(main())
