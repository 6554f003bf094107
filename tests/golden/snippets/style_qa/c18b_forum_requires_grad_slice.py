# Q: how do I make only part of a tensor trainable?
import torch

w = torch.zeros(4)
try:
    w[:2].requires_grad_(True)
except RuntimeError as err:
    print(err)
print(w.requires_grad)
# suggested: keep two leaves and cat them
trainable = torch.zeros(2, requires_grad=True)
frozen = torch.zeros(2)
full = torch.cat([trainable, frozen])
(full * torch.arange(4.0)).sum().backward()
print(trainable.grad, full.grad_fn)
