# loss explodes to inf/nan with a large learning rate
import torch

torch.manual_seed(37)
x = torch.linspace(-3, 3, 20).unsqueeze(1)
y = 4 * x + 1
model = torch.nn.Linear(1, 1)
opt = torch.optim.SGD(model.parameters(), lr=1.0)
for i in range(8):
    loss = torch.nn.functional.mse_loss(model(x), y)
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(i, f"{loss.item():.4g}")
print(torch.isfinite(model.weight).all())
