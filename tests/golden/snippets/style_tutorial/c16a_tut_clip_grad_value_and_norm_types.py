# clip_grad_value_ and clip_grad_norm_ with different norm types on the same gradients
import torch
from torch import nn

def fresh():
    torch.manual_seed(1689)
    m = nn.Linear(4, 2)
    (m(torch.randn(3, 4) * 4) ** 2).sum().backward()
    return m

m = fresh()
print(m.weight.grad)
nn.utils.clip_grad_value_(m.parameters(), clip_value=1.5)
print(m.weight.grad, m.bias.grad)
for norm_type in (1.0, 2.0, float("inf")):
    m = fresh()
    total = nn.utils.clip_grad_norm_(m.parameters(), max_norm=2.0, norm_type=norm_type)
    print(norm_type, total.item(), m.bias.grad)
