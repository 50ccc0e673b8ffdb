#!/usr/bin/env python3
"""Trap: time.sleep in a coroutine blocks the whole event loop."""
import asyncio
import time


async def dire(word: str) -> None:
    """Sleep one second the blocking way, then say the word."""
    time.sleep(1)
    print(word)


async def main() -> None:
    """Gather three coroutines: they still run one after the other."""
    await asyncio.gather(dire("Bonjour"), dire("tout le"), dire("Monde"))


if __name__ == "__main__":
    start = time.perf_counter()
    asyncio.run(main())
    print(f"total {time.perf_counter() - start:.2f} s")
