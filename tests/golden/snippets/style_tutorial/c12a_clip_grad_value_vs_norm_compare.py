# Gradient clipping by value vs by norm on the same gradients, and the norm clip_grad_norm_ returns.
import torch
import torch.nn as nn

def grads():
    torch.manual_seed(2)
    m = nn.Linear(4, 3)
    x = torch.randn(8, 4) * 10
    m(x).pow(2).sum().backward()
    return m

m = grads()
print(m.weight.grad)
total = nn.utils.clip_grad_norm_(m.parameters(), max_norm=1.0)
print(total)
print(torch.cat([p.grad.flatten() for p in m.parameters()]).norm())
m = grads()
nn.utils.clip_grad_value_(m.parameters(), clip_value=5.0)
print(m.weight.grad, m.bias.grad)
m = grads()
n_inf = nn.utils.clip_grad_norm_(m.parameters(), max_norm=100.0, norm_type=float("inf"))
print(n_inf, m.bias.grad)
m = grads()
print(nn.utils.get_total_norm([p.grad for p in m.parameters()], norm_type=1.0))
m = grads()
n = nn.utils.clip_grad_norm_(m.parameters(), max_norm=1e9)
print(n, m.bias.grad)
