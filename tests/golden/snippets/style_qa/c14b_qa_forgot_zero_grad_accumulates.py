# Q: my gradients keep growing every iteration: I forgot optimizer.zero_grad().
import torch

torch.manual_seed(47)
x = torch.randn(6, 2)
y = x @ torch.tensor([2.0, -1.0]) + 0.5
model = torch.nn.Linear(2, 1)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
for step in range(3):
    loss = ((model(x).squeeze(1) - y) ** 2).mean()
    loss.backward()
    print(step, loss.item(), model.bias.grad)
    opt.step()
torch.manual_seed(47)
model = torch.nn.Linear(2, 1)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
for step in range(3):
    opt.zero_grad()
    loss = ((model(x).squeeze(1) - y) ** 2).mean()
    loss.backward()
    print(step, loss.item(), model.bias.grad)
    opt.step()
print(model.weight.grad is None)
opt.zero_grad()
print(model.weight.grad)
