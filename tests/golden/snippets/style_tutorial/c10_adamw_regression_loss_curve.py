# A regression MLP trained with AdamW and weight decay; full-precision losses and parameter norms.
import torch
import torch.nn as nn

torch.manual_seed(21)
X = torch.rand(64, 1) * 6 - 3
y = torch.sin(X) + 0.1 * torch.randn(64, 1)
model = nn.Sequential(nn.Linear(1, 32), nn.Tanh(), nn.Linear(32, 1))
opt = torch.optim.AdamW(model.parameters(), lr=0.02, weight_decay=0.05)
print(opt.defaults["weight_decay"], opt.defaults["betas"], opt.defaults["amsgrad"])
for epoch in range(1, 61):
    opt.zero_grad()
    loss = nn.functional.mse_loss(model(X), y)
    loss.backward()
    opt.step()
    if epoch % 10 == 0:
        print(epoch, loss.item())
total_norm = torch.sqrt(sum((p.detach() ** 2).sum() for p in model.parameters()))
print(total_norm)
state = opt.state[model[0].weight]
print(sorted(state.keys()), state["step"])
with torch.no_grad():
    print(model(torch.tensor([[0.0], [1.5]])))
