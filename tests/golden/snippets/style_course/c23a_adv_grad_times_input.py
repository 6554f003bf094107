# gradient x input attribution for a linear model equals each feature's contribution
import torch
import torch.nn as nn

lin = nn.Linear(4, 1, bias=False)
with torch.no_grad():
    lin.weight.copy_(torch.tensor([[0.5, -1.0, 2.0, 0.0]]))
x = torch.tensor([[1.0, 2.0, -0.5, 3.0]], requires_grad=True)
out = lin(x)
out.backward()
attr = x.grad * x
print(out)
print(attr)
print(attr.sum().item() == out.item())
print(x.grad.data_ptr() != x.data_ptr(), attr.requires_grad)
