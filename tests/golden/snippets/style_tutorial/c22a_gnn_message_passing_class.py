import torch
import torch.nn as nn

class SimpleConv(nn.Module):
    def __init__(self, dim):
        super().__init__()
        self.lin = nn.Linear(dim, dim)

    def message(self, x_j):
        return self.lin(x_j)

    def forward(self, x, edge_index):
        src, dst = edge_index
        out = torch.zeros_like(x)
        return out.index_add(0, dst, self.message(x[src]))

torch.manual_seed(6)
conv = SimpleConv(3)
x = torch.randn(4, 3)
ei = torch.tensor([[0, 1, 2, 3], [1, 2, 3, 0]])
out = conv(x, ei)
print(out)
print(out.grad_fn.name())
out.sum().backward()
print(conv.lin.bias.grad)
print(conv)
