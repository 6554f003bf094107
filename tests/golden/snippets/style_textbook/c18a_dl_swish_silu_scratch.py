# Swish/SiLU x * sigmoid(x) by hand and its derivative versus F.silu
import torch
import torch.nn.functional as F

x = torch.tensor([-5.0, -1.0, 0.0, 1.0, 5.0], requires_grad=True)
s = x * torch.sigmoid(x)
s.sum().backward()
g_hand = x.grad.clone()
x.grad = None
F.silu(x).sum().backward()
print(s.detach())
print(F.silu(x).detach())
print(g_hand)
print(x.grad)
sig = torch.sigmoid(x.detach())
print(sig + x.detach() * sig * (1 - sig))
