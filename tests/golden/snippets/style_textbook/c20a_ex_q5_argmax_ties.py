# Quiz 5: which index does argmax return for ties, and max along a dim?
import torch

x = torch.tensor([1, 3, 3, 2])
print(x.argmax(), x.argmin())
m = torch.tensor([[2, 2], [1, 5], [5, 5]])
print(m.argmax(dim=1), m.max(dim=0))
print(torch.tensor([float('nan'), 1.0]).argmax(), torch.tensor([1.0, float('nan')]).max())
