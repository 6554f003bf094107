# "from logistic regression to a neural network": the same blobs fitted by nn.Linear(2,1) and by a 2-8-1 MLP.
import torch
import torch.nn as nn

torch.manual_seed(0)
n = 100
angles = torch.rand(n) * 2 * torch.pi
radius = torch.cat([torch.rand(n // 2) * 1.0, 1.5 + torch.rand(n // 2) * 1.0])
X = torch.stack([radius * torch.cos(angles), radius * torch.sin(angles)], dim=1)
y = torch.cat([torch.zeros(n // 2), torch.ones(n // 2)]).unsqueeze(1)

def train(model, epochs=300, lr=0.5):
    opt = torch.optim.SGD(model.parameters(), lr=lr)
    lossf = nn.BCEWithLogitsLoss()
    for ep in range(epochs):
        loss = lossf(model(X), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    with torch.no_grad():
        acc = ((model(X) > 0).float() == y).float().mean().item()
    return loss.item(), acc

logreg = nn.Linear(2, 1)
mlp = nn.Sequential(nn.Linear(2, 8), nn.Tanh(), nn.Linear(8, 1))
for name, m in [('logistic', logreg), ('mlp', mlp)]:
    l, a = train(m)
    print(f'{name:9s} loss {l:.4f} acc {a:.2f}')
print(logreg.weight.shape, mlp[0].weight.shape)
with torch.no_grad():
    print(torch.sigmoid(mlp(torch.tensor([[0., 0.], [2., 0.], [0., -2.2]]))).round(decimals=3))
