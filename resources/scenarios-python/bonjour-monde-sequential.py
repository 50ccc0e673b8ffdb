#!/usr/bin/env python3
"""Bonjour, Monde, one after the other: about 2 seconds."""
import asyncio
import time


async def dire_bonjour() -> None:
    """Wait one second, then say Bonjour."""
    await asyncio.sleep(1)
    print("Bonjour")


async def dire_monde() -> None:
    """Wait one second, then say Monde."""
    await asyncio.sleep(1)
    print("Monde")


async def main() -> None:
    """Await each coroutine in turn: the second starts after the first."""
    await dire_bonjour()
    await dire_monde()


if __name__ == "__main__":
    start = time.perf_counter()
    asyncio.run(main())
    print(f"total {time.perf_counter() - start:.2f} s")
