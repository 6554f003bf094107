# Evaluation loops under torch.no_grad() and torch.inference_mode(); what each gives back.
import torch
import torch.nn as nn

torch.manual_seed(11)
model = nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.Linear(4, 1))
data = [(torch.randn(4, 3), torch.randn(4, 1)) for _ in range(3)]

def evaluate(ctx):
    model.eval()
    total = 0.0
    with ctx():
        for x, y in data:
            pred = model(x)
            total += nn.functional.mse_loss(pred, y, reduction="sum").item()
    return pred, total / 12

p1, l1 = evaluate(torch.no_grad)
p2, l2 = evaluate(torch.inference_mode)
print(l1 == l2, round(l1, 6))
print(p1.requires_grad, p1.is_inference())
print(p2.requires_grad, p2.is_inference())
print(torch.is_inference_mode_enabled())
with torch.inference_mode():
    print(torch.is_inference_mode_enabled(), torch.is_grad_enabled())
w = torch.ones(1, requires_grad=True)
try:
    (p2 * w).sum().backward()
except RuntimeError as e:
    print("RuntimeError:", e)
(p1 * w).sum().backward()
print(w.grad)
q = p2.clone()
print(q.is_inference())
try:
    p2.add_(1)
except RuntimeError as e:
    print("RuntimeError:", e)
with torch.inference_mode(mode=False):
    print(torch.is_inference_mode_enabled())
