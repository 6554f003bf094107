# Q: x[[0, 1]] vs x[(0, 1)] vs x[torch.tensor([0, 1])] vs x[[[0, 1]]]: which ones are the same?
import torch

x = torch.arange(12).view(3, 4)
print(x[[0, 1]])
print(x[(0, 1)])
print(x[torch.tensor([0, 1])])
print(x[[0, 2], [1, 3]])
print(x[[[0], [2]], [1, 3]], x[[0, 2]][:, [1, 3]])
print(x[torch.tensor([[0, 1], [2, 0]])].shape)
print(x[1:, [0, -1]])
print(x[torch.tensor([True, False, True])])
print(x[x > 5], (x > 5).nonzero())
print(x[..., 1], x[None, 0].shape, x[:, None].shape)
try:
    x[[0, 1], [0, 1, 2]]
except IndexError as e:
    print("IndexError:", e)
try:
    x[3]
except IndexError as e:
    print("IndexError:", e)
try:
    x[torch.tensor([0.0])]
except IndexError as e:
    print("IndexError:", e)
