# Q: in-place ReLU on a chunk of a non-leaf fails.
import torch

x = torch.arange(6.0, requires_grad=True)
y = x * 2
a, b = y.chunk(2)
print(a, b)
b.relu_()
