import torch
import torch.nn as nn

torch.set_default_dtype(torch.float64)
torch.manual_seed(42)

X = torch.linspace(-1, 1, 20).unsqueeze(1)
y = 3.0 * X - 0.5 + 0.1 * torch.randn(20, 1)
print(X.dtype, y.dtype, torch.get_default_dtype())

model = nn.Linear(1, 1)
print("weight dtype:", model.weight.dtype)
opt = torch.optim.SGD(model.parameters(), lr=0.3)
loss_fn = nn.MSELoss()
for epoch in range(8):
    opt.zero_grad()
    loss = loss_fn(model(X), y)
    loss.backward()
    opt.step()
    print(epoch, loss.item())
print("w:", model.weight.item(), "b:", model.bias.item())
print(torch.tensor([1.5, 2.5]))
print(torch.tensor(3).dtype, torch.tensor(3.0).dtype)
torch.set_default_dtype(torch.float32)
print(torch.tensor([1.5, 2.5]).dtype)
