#!/usr/bin/env python3
"""Une fonction coroutine, la coroutine qu’elle renvoie, et asyncio.run."""
import asyncio
import time


async def greet(name: str) -> str:
    """Attendre une seconde sans bloquer, puis renvoyer un salut."""
    await asyncio.sleep(1)
    return f"Bonjour, {name} !"


def main() -> None:
    """Appeler greet, voir ce qu’il renvoie, puis le lancer sur une boucle."""
    start = time.perf_counter()
    coroutine = greet("la classe")
    print(coroutine.__class__.__name__, "- rien n’a encore tourné")
    print(asyncio.run(coroutine))
    print(f"total {time.perf_counter() - start:.2f} s")


if __name__ == "__main__":
    main()
