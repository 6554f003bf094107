# Q: clamp with min > max, tensor bounds, and clamp on int tensors with float bounds.
import torch

x = torch.tensor([-2.0, 0.5, 3.0])
print(x.clamp(1.0, 0.0), torch.clamp(x, min=2, max=1))
print(x.clamp(min=torch.tensor([0.0, 1.0, 2.0])), x.clamp(max=torch.tensor(0.0)))
i = torch.tensor([-3, 0, 7])
print(i.clamp(0.5, 2.5), i.clamp(0, 5), i.clamp(min=1).dtype, i.clamp(0.5).dtype)
try:
    x.clamp()
except RuntimeError as e:
    print(e)
print(x.clamp(float('nan'), 1.0), torch.tensor([float('nan'), 1.0]).clamp(0, 0.5))
r = torch.tensor([-1.0, 0.5, 2.0], requires_grad=True)
r.clamp(0.0, 1.0).sum().backward()
print(r.grad)
r.grad = None
torch.clamp(r, 1.0, 0.0).sum().backward()
print(r.grad)
print(x.clip(-1, 1), torch.clip(x, max=0))
