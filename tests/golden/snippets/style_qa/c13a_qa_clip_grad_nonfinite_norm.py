# Q: clip_grad_norm_ returns inf/nan and my weights become nan: inspect the total norm, error_if_nonfinite.
import torch
import torch.nn as nn

torch.manual_seed(66)
lin = nn.Linear(3, 1)
x = torch.tensor([[1e30, 1.0, 1.0]])
(lin(x) ** 2).sum().backward()
print(lin.weight.grad)
total = nn.utils.clip_grad_norm_(lin.parameters(), max_norm=1.0)
print(total, lin.weight.grad)
lin.zero_grad()
(lin(x) ** 2).sum().backward()
try:
    nn.utils.clip_grad_norm_(lin.parameters(), 1.0, error_if_nonfinite=True)
except RuntimeError as e:
    print(str(e)[:90])
lin.zero_grad()
(lin(torch.ones(1, 3)) ** 2).sum().backward()
before = lin.weight.grad.clone()
n = nn.utils.clip_grad_norm_(lin.parameters(), max_norm=0.1, norm_type=2.0)
print(n > 0.1, lin.weight.grad.norm() <= before.norm())
print(nn.utils.clip_grad_norm_(lin.parameters(), 10.0, norm_type="inf"))
