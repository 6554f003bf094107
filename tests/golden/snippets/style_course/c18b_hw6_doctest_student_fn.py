# HW0: the autograder runs the examples in the student's docstring
import doctest

import torch


def relu6(x):
    """Clamp to [0, 6].

    >>> relu6(torch.tensor([-1.0, 3.0, 7.5]))
    tensor([0., 3., 6.])
    >>> relu6(torch.tensor(2.5))
    tensor(2.5000)
    """
    return x.clamp(0, 6)


results = doctest.testmod(verbose=False)
print(results)
