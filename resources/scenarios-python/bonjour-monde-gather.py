#!/usr/bin/env python3
"""Bonjour, Monde, concurrently with asyncio.gather: about 1 second."""
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
    """Run both coroutines as tasks on one loop: they wait together."""
    await asyncio.gather(dire_bonjour(), dire_monde())


if __name__ == "__main__":
    start = time.perf_counter()
    asyncio.run(main())
    print(f"total {time.perf_counter() - start:.2f} s")
