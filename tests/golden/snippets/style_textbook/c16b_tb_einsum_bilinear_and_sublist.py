# Bilinear forms with einsum, and the sublist form.
import torch

x = torch.tensor([[1.0, 0.0], [0.5, 2.0]])
W = torch.tensor([[[1.0, 2.0], [0.0, 1.0]], [[-1.0, 0.0], [3.0, 1.0]]])
y = torch.tensor([[2.0, 1.0], [1.0, -1.0]])
print(torch.einsum('bi,oij,bj->bo', x, W, y))
print(torch.einsum(x, [0, 1], y, [0, 1], [0]))
print(torch.einsum('ij, jk -> ik', x, y))
print(torch.einsum('i,i', x[0], y[0]))
