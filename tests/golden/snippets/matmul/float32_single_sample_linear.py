# one sample through a Linear layer with one output (a prediction after training), float32
import torch

torch.manual_seed(0)
model = torch.nn.Sequential(torch.nn.Linear(8, 16), torch.nn.Tanh(), torch.nn.Linear(16, 1))
x = torch.randn(32, 8)
y = x.sum(dim=1, keepdim=True)
opt = torch.optim.Adam(model.parameters(), lr=0.01)
for step in range(3):
    opt.zero_grad()
    loss = torch.nn.functional.mse_loss(model(x), y)
    loss.backward()
    opt.step()
    print(step, f"{loss.item():.10f}")
sample = torch.randn(1, 8)
print(f"{model(sample).item():.10f}")
single = torch.nn.Linear(20, 1)
v = torch.randn(1, 20, requires_grad=True)
out = single(v)
out.backward()
print(f"{out.item():.10f}", v.grad[0, :4].tolist())
print([f"{single(torch.randn(1, 20)).item():.10f}" for _ in range(4)])
