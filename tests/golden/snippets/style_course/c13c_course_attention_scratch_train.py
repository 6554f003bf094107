import math
import torch
import torch.nn as nn

torch.manual_seed(2)
B, T, D = 4, 5, 8
x = torch.randn(B, T, D)
y = x.mean(dim=1)


class OneHead(nn.Module):
    def __init__(self, d):
        super().__init__()
        self.q = nn.Linear(d, d, bias=False)
        self.k = nn.Linear(d, d, bias=False)
        self.v = nn.Linear(d, d, bias=False)

    def forward(self, x):
        scores = self.q(x) @ self.k(x).transpose(1, 2) / math.sqrt(x.size(-1))
        mask = torch.tril(torch.ones(x.size(1), x.size(1), dtype=torch.bool))
        scores = scores.masked_fill(~mask, float("-inf"))
        w = scores.softmax(dim=-1)
        return (w @ self.v(x))[:, -1], w


head = OneHead(D)
opt = torch.optim.SGD(head.parameters(), lr=0.5)
for it in range(6):
    pred, w = head(x)
    loss = ((pred - y) ** 2).mean()
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(it, loss.item())
print(w[0])
print("rows sum to one:", torch.allclose(w.sum(-1), torch.ones(B, T)))
