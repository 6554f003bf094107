# How gradients shrink backwards through time in a tanh RNN: the norm of dL/dh_t per step
import torch

torch.manual_seed(1701)
W = (torch.randn(4, 4) * 0.5).requires_grad_()
U = torch.randn(4, 2)
xs = torch.randn(8, 2)
h = torch.zeros(4)
hs = []
for x in xs:
    h = torch.tanh(W @ h + U @ x)
    h.retain_grad()
    hs.append(h)
hs[-1].sum().backward()
for t, ht in enumerate(hs):
    print(t, ht.grad.norm().item())
