# Q: clamp on an integer tensor with float bounds — what dtype comes back?
import torch

x = torch.tensor([-3, 0, 4, 9])
print(torch.clamp(x, 0, 5), torch.clamp(x, 0.5, 5.5), torch.clamp(x, min=torch.tensor(1.0)))
print(x.clamp(max=2).dtype, x.clamp(0.0, 3.0).dtype)
try:
    x.clamp_(0.5, 2.5)
except RuntimeError as e:
    print(e)
print(torch.clamp(torch.tensor([1.0, float('nan'), 7.0]), 0, 5))
print(torch.clamp(torch.tensor([1.0, 6.0]), min=3.0, max=2.0))
