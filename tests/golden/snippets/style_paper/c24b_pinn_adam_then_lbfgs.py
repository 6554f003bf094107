# the usual recipe: Adam warm-up, then switch to LBFGS
import torch

torch.manual_seed(6)
p = torch.randn(3, dtype=torch.float64, requires_grad=True)
target = torch.tensor([1.0, -2.0, 0.5], dtype=torch.float64)
adam = torch.optim.Adam([p], lr=0.1)
for i in range(20):
    adam.zero_grad()
    loss = ((p - target) ** 4).sum()
    loss.backward()
    adam.step()
print(f"after adam {loss.item():.4e}")
lbfgs = torch.optim.LBFGS([p], max_iter=100, line_search_fn="strong_wolfe")
def closure():
    lbfgs.zero_grad()
    l = ((p - target) ** 4).sum()
    l.backward()
    return l
lbfgs.step(closure)
print(closure().item() < 1e-6)
print(p.detach().round(decimals=2))
print(type(adam).__name__, type(lbfgs).__name__)
