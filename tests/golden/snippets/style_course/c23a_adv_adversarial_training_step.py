# One epoch of FGSM adversarial training on a toy linear classifier
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(8)
model = nn.Linear(2, 2)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
X = torch.randn(6, 2)
Y = (X[:, 0] > 0).long()
for epoch in range(3):
    Xa = X.clone().requires_grad_(True)
    F.cross_entropy(model(Xa), Y).backward()
    X_adv = (Xa + 0.1 * Xa.grad.sign()).detach()
    opt.zero_grad()
    loss = 0.5 * F.cross_entropy(model(X), Y) + 0.5 * F.cross_entropy(model(X_adv), Y)
    loss.backward()
    opt.step()
    print(epoch, round(loss.item(), 4))
print(model.weight.grad.shape, Xa.grad.shape)
