# Course notebook: Monte Carlo dropout: keep dropout on at test time and average several stochastic passes.
import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(1, 20), nn.ReLU(), nn.Dropout(0.3), nn.Linear(20, 1))
x = torch.linspace(-2, 2, 40).unsqueeze(1)
y = torch.sin(2 * x)
opt = torch.optim.Adam(model.parameters(), lr=0.03)
for i in range(150):
    loss = nn.functional.mse_loss(model(x), y)
    opt.zero_grad()
    loss.backward()
    opt.step()
print(f"final train loss {loss.item():.4f}")
model.eval()
with torch.no_grad():
    det = model(torch.tensor([[0.5]]))
print(det)
model.train()
x_test = torch.tensor([[-1.0], [0.0], [1.0], [3.0]])
with torch.no_grad():
    samples = torch.stack([model(x_test) for _ in range(50)])
print(samples.shape)
mean, std = samples.mean(0).squeeze(), samples.std(0).squeeze()
for xi, m, s in zip(x_test.squeeze().tolist(), mean.tolist(), std.tolist()):
    print(f"x={xi:+.1f}  mean={m:+.3f}  std={s:.3f}")
