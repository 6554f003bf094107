import torch
import torch.nn as nn

class MF(nn.Module):
    def __init__(self, num_users, num_items, k):
        super().__init__()
        self.P = nn.Embedding(num_users, k)
        self.Q = nn.Embedding(num_items, k)

    def forward(self, u, i):
        return (self.P(u) * self.Q(i)).sum(dim=1)

torch.manual_seed(0)
model = MF(4, 5, 3)
u = torch.tensor([0, 1, 3])
i = torch.tensor([2, 2, 4])
pred = model(u, i)
print(pred)
print(pred.shape, pred.grad_fn.name())
print(model)
