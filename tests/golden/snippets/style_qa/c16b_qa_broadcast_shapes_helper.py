# Q: how to check the broadcast shape without building tensors.
import torch

print(torch.broadcast_shapes((5, 1, 4), (3, 1), (4,)))
try:
    torch.broadcast_shapes((2, 3), (3, 2))
except RuntimeError as e:
    print(e)
x, y = torch.broadcast_tensors(torch.arange(3), torch.arange(2).view(2, 1))
print(x)
print(y)
print(torch.broadcast_to(torch.tensor([7, 8]), (3, 2)))
