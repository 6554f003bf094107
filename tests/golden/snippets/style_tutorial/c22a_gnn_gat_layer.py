import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(2)
N, D_in, D_out = 4, 3, 2
x = torch.randn(N, D_in)
adj = torch.tensor([[1, 1, 0, 0], [1, 1, 1, 0], [0, 1, 1, 1], [0, 0, 1, 1]], dtype=torch.bool)
W = nn.Linear(D_in, D_out, bias=False)
a = nn.Parameter(torch.randn(2 * D_out))
h = W(x)
e = (h @ a[:D_out]).unsqueeze(1) + (h @ a[D_out:]).unsqueeze(0)
e = F.leaky_relu(e, 0.2)
e = e.masked_fill(~adj, float('-inf'))
att = torch.softmax(e, dim=1)
out = att @ h
print(att)
print(out)
out.pow(2).sum().backward()
print(a.grad)
