# Quiz 87: argmax with keepdim and without a dim
import torch

m = torch.tensor([[1, 9, 3], [7, 2, 8]])
print(m.argmax())
print(m.argmax(dim=0), m.argmax(dim=1, keepdim=True))
print(m.argmax(keepdim=True) if False else m.flatten()[m.argmax()])
print(torch.unravel_index(m.argmax(), m.shape))
print(m.max(dim=1, keepdim=True))
