# Fit y = 3x + 2 with nn.Linear and SGD; print the recovered weight and bias.
import torch
import torch.nn as nn

torch.manual_seed(42)
x = torch.linspace(-1, 1, 50).unsqueeze(1)
y = 3 * x + 2 + 0.1 * torch.randn(x.size())
model = nn.Linear(1, 1)
print("initial:", model.weight.item(), model.bias.item())
opt = torch.optim.SGD(model.parameters(), lr=0.1)
loss_fn = nn.MSELoss()
losses = []
for epoch in range(200):
    pred = model(x)
    loss = loss_fn(pred, y)
    opt.zero_grad()
    loss.backward()
    opt.step()
    losses.append(loss.item())
    if epoch % 50 == 0:
        print(epoch, loss.item())
print("final loss:", losses[-1])
print("w = %.4f, b = %.4f" % (model.weight.item(), model.bias.item()))
print(f"{model.weight.item():.6f} {model.bias.item():.6f}")
print(model.state_dict())
print(round(min(losses), 5), len(losses))
print(model(torch.tensor([[4.0]])).item())
