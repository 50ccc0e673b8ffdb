#!/usr/bin/env python3
"""A coroutine function, the coroutine it returns, and asyncio.run."""
import asyncio
import time


async def greet(name: str) -> str:
    """Wait one second without blocking, then return a greeting."""
    await asyncio.sleep(1)
    return f"Bonjour, {name} !"


def main() -> None:
    """Call greet, show what the call gives, then run it on a loop."""
    start = time.perf_counter()
    coroutine = greet("la classe")
    print(coroutine.__class__.__name__, "- nothing has run yet")
    print(asyncio.run(coroutine))
    print(f"total {time.perf_counter() - start:.2f} s")


if __name__ == "__main__":
    main()
