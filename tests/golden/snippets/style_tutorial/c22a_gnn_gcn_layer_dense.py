import torch
import torch.nn as nn

torch.manual_seed(0)

class GCNLayer(nn.Module):
    def __init__(self, in_dim, out_dim):
        super().__init__()
        self.linear = nn.Linear(in_dim, out_dim, bias=False)

    def forward(self, x, adj_norm):
        return adj_norm @ self.linear(x)

A = torch.tensor([[0., 1., 0.], [1., 0., 1.], [0., 1., 0.]]) + torch.eye(3)
d = A.sum(1).rsqrt()
A_norm = d[:, None] * A * d[None, :]
x = torch.randn(3, 4)
layer = GCNLayer(4, 2)
out = layer(x, A_norm)
print(out)
print(out.grad_fn.name())
out.sum().backward()
print(layer.linear.weight.grad)
