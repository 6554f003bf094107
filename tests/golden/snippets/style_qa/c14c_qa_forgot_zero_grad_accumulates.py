# Q&A: "my loss explodes" - gradients accumulate across iterations if nobody zeroes them.
import torch
import torch.nn as nn

torch.manual_seed(57)
model = nn.Linear(2, 1)
x = torch.tensor([[1.0, 2.0], [3.0, -1.0]])
y = torch.tensor([[1.0], [0.0]])
opt = torch.optim.SGD(model.parameters(), lr=0.05)
for i in range(3):
    loss = ((model(x) - y) ** 2).mean()
    loss.backward()
    print(i, loss.item(), model.bias.grad.item())
    opt.step()
model2 = nn.Linear(2, 1)
opt2 = torch.optim.SGD(model2.parameters(), lr=0.05)
for i in range(3):
    opt2.zero_grad()
    loss = ((model2(x) - y) ** 2).mean()
    loss.backward()
    opt2.step()
print(loss.item(), model2.weight.grad, model2.bias.grad)
opt2.zero_grad()
print(model2.bias.grad)
