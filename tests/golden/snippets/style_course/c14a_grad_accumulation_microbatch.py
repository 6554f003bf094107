# Gradient accumulation: four micro-batches with loss / accum_steps give the full batch's gradient.
import torch
import torch.nn as nn

torch.manual_seed(1459)
model = nn.Linear(5, 2)
x, y = torch.randn(16, 5), torch.randint(0, 2, (16,))
crit = nn.CrossEntropyLoss()
crit(model(x), y).backward()
full = model.weight.grad.clone()
model.zero_grad()
accum_steps = 4
for i, (xb, yb) in enumerate(zip(x.chunk(accum_steps), y.chunk(accum_steps))):
    loss = crit(model(xb), yb) / accum_steps
    loss.backward()
    print(i, loss.item(), model.weight.grad[0, 0].item())
print(torch.allclose(full, model.weight.grad, atol=1e-7), (full - model.weight.grad).abs().max().item())
print(full)
model.zero_grad(set_to_none=False)
print(model.weight.grad)
