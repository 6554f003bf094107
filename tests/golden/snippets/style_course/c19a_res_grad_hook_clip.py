# per-tensor gradient clipping via register_hook during backward
import torch
w = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
h = w.register_hook(lambda g: g.clamp(-1.0, 1.0))
(w ** 2 * torch.tensor([0.1, 1.0, -5.0])).sum().backward()
print(w.grad)
h.remove()
w.grad = None
(w ** 2 * torch.tensor([0.1, 1.0, -5.0])).sum().backward()
print(w.grad)
