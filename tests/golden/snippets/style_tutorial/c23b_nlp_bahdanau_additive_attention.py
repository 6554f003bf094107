import torch
from torch import nn

torch.manual_seed(11)
class Additive(nn.Module):
    def __init__(self, h):
        super().__init__()
        self.W = nn.Linear(h, h, bias=False)
        self.U = nn.Linear(h, h, bias=False)
        self.v = nn.Linear(h, 1, bias=False)
    def forward(self, query, keys):
        e = self.v(torch.tanh(self.W(query).unsqueeze(1) + self.U(keys))).squeeze(-1)
        a = torch.softmax(e, dim=-1)
        return torch.bmm(a.unsqueeze(1), keys).squeeze(1), a
att = Additive(4)
q = torch.randn(2, 4)
k = torch.randn(2, 5, 4)
ctx, a = att(q, k)
print(ctx.shape, a.shape)
print(a.sum(-1))
print(a.grad_fn.name(), ctx.grad_fn.name())
