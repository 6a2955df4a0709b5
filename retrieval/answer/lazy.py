"""`lazy`: functools.cached_property without its lock.

In CPython 3.11 cached_property takes a lock on every first access (0.8 µs against 0.2 µs here), and a
question makes ~150 of them (a passage's sentences and term set, a reading's share, a pick's span...):
~0.1 ms of a 10 ms answer at the 100k bench. Without the lock, two threads reading the same new
instance at once may both compute the value: harmless, as every property here is a pure function of
its instance (Python 3.12 dropped the lock for the same reason). As with cached_property, the value is
stored in the instance's __dict__ under the attribute's name, which then shadows this (non-data)
descriptor: later reads are plain attribute reads.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, Self, TypeVar, overload

T = TypeVar("T")
R = TypeVar("R")


class lazy(Generic[T, R]):
    """A property computed on first read and stored on the instance (which needs a __dict__)."""

    def __init__(self, compute: Callable[[T], R]) -> None:
        self._compute = compute
        self._name = compute.__name__
        self.__doc__ = compute.__doc__

    def __set_name__(self, owner: type[Any], name: str) -> None:
        self._name = name

    @overload
    def __get__(self, instance: None, owner: type[Any] | None = None) -> Self: ...

    @overload
    def __get__(self, instance: T, owner: type[Any] | None = None) -> R: ...

    def __get__(self, instance: T | None, owner: type[Any] | None = None) -> Self | R:
        if instance is None:
            return self
        value = instance.__dict__[self._name] = self._compute(instance)
        return value
