import torch
import torch.nn as nn

class NCF(nn.Module):
    def __init__(self, n_users, n_items, d):
        super().__init__()
        self.u = nn.Embedding(n_users, d)
        self.i = nn.Embedding(n_items, d)
        self.mlp = nn.Sequential(nn.Linear(2 * d, 8), nn.ReLU(), nn.Linear(8, 1))

    def forward(self, user, item):
        z = torch.cat([self.u(user), self.i(item)], dim=-1)
        return self.mlp(z).squeeze(-1)

torch.manual_seed(13)
model = NCF(5, 7, 4)
logit = model(torch.tensor([0, 4]), torch.tensor([6, 1]))
print(logit)
print(torch.sigmoid(logit))
print(sum(p.numel() for p in model.parameters()))
print([n for n, _ in model.named_parameters()])
