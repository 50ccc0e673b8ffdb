#!/usr/bin/env python3
"""Trap: a coroutine called without await never runs."""
import asyncio
import time


async def dire_bonjour() -> None:
    """Wait one second, then say Bonjour."""
    await asyncio.sleep(1)
    print("Bonjour")


async def main() -> None:
    """Call dire_bonjour but forget the await: nothing is printed."""
    dire_bonjour()
    print("main is done, and no Bonjour")


if __name__ == "__main__":
    start = time.perf_counter()
    asyncio.run(main())
    print(f"total {time.perf_counter() - start:.2f} s")
