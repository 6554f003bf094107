# Q: the loss never changes -- the optimizer got a different model's parameters / a copied list / lr=0.
import copy
import torch
from torch import nn

torch.manual_seed(0)
X = torch.randn(16, 2)
y = X @ torch.tensor([[2.0], [-1.0]])
model = nn.Linear(2, 1)
other = copy.deepcopy(model)
opt = torch.optim.SGD(other.parameters(), lr=0.1)
for i in range(3):
    loss = nn.functional.mse_loss(model(X), y)
    opt.zero_grad()
    loss.backward()
    opt.step()
    print("wrong params", i, round(loss.item(), 6))
print(model.weight.grad is not None, other.weight.grad)
opt = torch.optim.SGD([p.detach().clone() for p in model.parameters()], lr=0.1)
loss = nn.functional.mse_loss(model(X), y)
loss.backward()
opt.step()
print("copies", round(nn.functional.mse_loss(model(X), y).item(), 6))
model.zero_grad()
opt = torch.optim.SGD(model.parameters(), lr=0.1)
for i in range(3):
    loss = nn.functional.mse_loss(model(X), y)
    opt.zero_grad()
    loss.backward()
    opt.step()
    print("right", i, round(loss.item(), 6))
print(any(id(p) == id(q) for p in model.parameters() for q in other.parameters()))
