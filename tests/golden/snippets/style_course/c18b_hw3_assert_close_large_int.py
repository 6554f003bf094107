# Autograder for an int64 cumulative count
import torch


def running_count(mask):
    return mask.long().cumsum(0) - 1


mask = torch.tensor([True, False, True, True, False])
expected = torch.tensor([1, 1, 2, 3, 3])
try:
    torch.testing.assert_close(running_count(mask), expected)
except AssertionError as e:
    print(e)
