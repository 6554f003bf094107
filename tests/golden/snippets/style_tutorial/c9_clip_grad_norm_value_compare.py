# clip_grad_norm_ returns the total norm before clipping; clip_grad_value_ clamps each element.
import torch
import torch.nn as nn

torch.manual_seed(4)
model = nn.Sequential(nn.Linear(4, 6), nn.ReLU(), nn.Linear(6, 1))
x = torch.randn(10, 4) * 10
y = torch.randn(10, 1)

def grads():
    model.zero_grad()
    nn.functional.mse_loss(model(x), y).backward()

grads()
norms = [p.grad.norm() for p in model.parameters()]
print([round(n.item(), 4) for n in norms])
print("manual total:", torch.norm(torch.stack(norms)))
total = nn.utils.clip_grad_norm_(model.parameters(), max_norm=1.0)
print("returned:", total)
print("after:", torch.norm(torch.stack([p.grad.norm() for p in model.parameters()])))

grads()
total_inf = nn.utils.clip_grad_norm_(model.parameters(), max_norm=0.5, norm_type=float("inf"))
print("inf norm:", total_inf, max(p.grad.abs().max() for p in model.parameters()))

grads()
nn.utils.clip_grad_value_(model.parameters(), clip_value=0.05)
print(model[2].weight.grad)
print(model[2].bias.grad)

grads()
print(nn.utils.clip_grad_norm_(model.parameters(), 1e6))
print(nn.utils.get_total_norm([p.grad for p in model.parameters()]))
