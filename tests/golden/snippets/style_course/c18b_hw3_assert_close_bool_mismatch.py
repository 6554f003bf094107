# Autograder: the student's predicate is off by one element
import torch


def is_positive(x):
    return x >= 0


x = torch.tensor([[-1.0, 0.0], [2.0, -3.0]])
try:
    torch.testing.assert_close(is_positive(x), x > 0)
except AssertionError as e:
    print(e)
