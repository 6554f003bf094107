# sharpness-aware minimisation: ascend to w + e(w), take the gradient there, step from w
import torch
torch.manual_seed(70)
model = torch.nn.Linear(3, 1)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
x, y = torch.randn(8, 3), torch.randn(8, 1)
loss_fn = torch.nn.MSELoss()
rho = 0.05
loss_fn(model(x), y).backward()
grad_norm = torch.norm(torch.stack([p.grad.norm(2) for p in model.parameters()]), 2)
eps = []
with torch.no_grad():
    for p in model.parameters():
        e = rho * p.grad / (grad_norm + 1e-12)
        p.add_(e); eps.append(e)
opt.zero_grad()
sharp = loss_fn(model(x), y)
sharp.backward()
with torch.no_grad():
    for p, e in zip(model.parameters(), eps):
        p.sub_(e)
opt.step()
print(grad_norm.item(), sharp.item())
print(model.weight.data)
