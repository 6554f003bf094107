# Third-order polynomial features fed to nn.Sequential(Linear, Flatten); loss every 40 steps
import torch

x = torch.linspace(-2, 2, 50)
y = 0.5 * x ** 3 - x + 0.25
powers = torch.tensor([1, 2, 3])
feats = x.unsqueeze(-1) ** powers

model = torch.nn.Sequential(
    torch.nn.Linear(3, 1),
    torch.nn.Flatten(0, 1),
)
loss_fn = torch.nn.MSELoss(reduction="sum")
step_size = 1e-3
for it in range(160):
    loss = loss_fn(model(feats), y)
    if it % 40 == 39:
        print(it, loss.item())
    model.zero_grad()
    loss.backward()
    with torch.no_grad():
        for param in model.parameters():
            param -= step_size * param.grad
fit = model[0]
print(f"y = {fit.bias.item()} + {fit.weight[:, 0].item()} x + {fit.weight[:, 1].item()} x^2 + {fit.weight[:, 2].item()} x^3")
