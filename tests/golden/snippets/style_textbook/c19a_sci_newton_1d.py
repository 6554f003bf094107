# solving cos(x) = x by Newton iterations, derivative from autograd
import torch
x = torch.tensor(1.0, dtype=torch.float64, requires_grad=True)
for it in range(6):
    residual = torch.cos(x) - x
    slope = torch.autograd.grad(residual, x)[0]
    x.data = x.data - residual.data / slope
    print(f"iter {it}: x={x.item():.15f} |r|={abs(residual.item()):.3e}")
print(x)
