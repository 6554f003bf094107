# freezing D while training G with requires_grad_(False)
import torch
import torch.nn as nn

torch.manual_seed(2)
G = nn.Linear(3, 2)
D = nn.Linear(2, 1)
def set_requires_grad(net, flag):
    for p in net.parameters():
        p.requires_grad_(flag)
set_requires_grad(D, False)
print([p.requires_grad for p in D.parameters()])
out = D(G(torch.randn(5, 3))).mean()
out.backward()
print(D.weight.grad, G.weight.grad.shape)
set_requires_grad(D, True)
print(all(p.requires_grad for p in D.parameters()))
print(out.requires_grad, out.grad_fn.name())
