# The student's docstring expects the wrong repr; doctest reports it
import doctest

import torch


def double(x):
    """
    >>> double(torch.tensor([1, 2]))
    tensor([2., 4.])
    """
    return x * 2


finder = doctest.DocTestFinder()
runner = doctest.DocTestRunner(verbose=False)
for test in finder.find(double, "double", globs={"torch": torch, "double": double}):
    runner.run(test, out=lambda s: print(s.splitlines()[-3:]))
print(runner.summarize(verbose=False))
