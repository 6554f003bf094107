# Correcting covariate shift: a logistic classifier between source and target inputs gives importance weights.
import torch
from torch import nn

torch.manual_seed(0)
source = torch.randn(200, 2)
target = torch.randn(200, 2) * 0.7 + torch.tensor([1.0, 0.5])
X = torch.cat([source, target])
z = torch.cat([-torch.ones(200), torch.ones(200)])
clf = nn.Linear(2, 1)
opt = torch.optim.LBFGS(clf.parameters(), lr=0.5, max_iter=20) if hasattr(torch.optim, "LBFGS") else None
def closure():
    opt.zero_grad()
    loss = nn.functional.softplus(-z * clf(X).squeeze(1)).mean()
    loss.backward()
    return loss
for _ in range(3):
    loss = opt.step(closure)
print(f"{loss.item():.5f}", clf.weight.data, clf.bias.data)
with torch.no_grad():
    h = clf(source).squeeze(1)
    beta = torch.exp(h)
print(beta[:5], beta.mean())
y_source = (source.sum(1) > 0).float()
weighted_err = (beta * (y_source - 0.5).abs()).sum() / beta.sum()
print(weighted_err)
print(torch.sigmoid(h[:3]), torch.sigmoid(torch.tensor(0.0)))
