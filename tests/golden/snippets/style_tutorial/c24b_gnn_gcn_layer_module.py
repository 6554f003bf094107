# a GCN layer as an nn.Module: repr, parameters and one forward
import torch
import torch.nn as nn

class GraphConv(nn.Module):
    def __init__(self, n_in, n_out):
        super(GraphConv, self).__init__()
        self.lin = nn.Linear(n_in, n_out, bias=False)
        self.bias = nn.Parameter(torch.zeros(n_out))

    def forward(self, x, a_norm):
        return a_norm @ self.lin(x) + self.bias

torch.manual_seed(1)
conv = GraphConv(3, 2)
print(conv)
print({k: list(v.shape) for k, v in conv.named_parameters()})
adj = torch.tensor([[1., 1., 0.], [1., 1., 1.], [0., 1., 1.]])
dis = adj.sum(dim=1) ** -0.5
out = conv(torch.eye(3), dis.view(-1, 1) * adj * dis.view(1, -1))
print(out.shape, out.grad_fn.name())
print(out)
