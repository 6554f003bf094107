# Q: x[[0, 1]] vs x[(0, 1)] vs x[[[0, 1]]]: advanced indexing with lists, tuples, bool lists and negative steps.
import torch

x = torch.arange(12).view(3, 4)
print(x[[0, 2]])
print(x[(0, 2)], x[0, 2])
print(x[[0, 2], [1, 3]])
print(x[[[0, 2]]])
print(x[[True, False, True]])
print(x[:, [True, False, True, False]])
print(x[[0, 2]][:, [1, 3]])
print(x[torch.tensor([[0, 1], [2, 2]])].shape)
try:
    x[::-1]
except ValueError as e:
    print(type(e).__name__, e)
print(x.flip(0)[0], x[-1], x[..., -1])
try:
    x[[0, 1], [1, 2, 3]]
except IndexError as e:
    print(type(e).__name__, e)
try:
    x[3]
except IndexError as e:
    print(type(e).__name__, e)
print(x[1:100].shape, x[None, :, None].shape, x[[0]].shape, x[0].shape)
