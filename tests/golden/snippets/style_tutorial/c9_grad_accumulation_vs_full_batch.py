# Gradient accumulation over micro-batches equals one full-batch step when the loss is scaled.
import torch
import torch.nn as nn

torch.manual_seed(0)
x = torch.randn(12, 4, dtype=torch.float64)
y = torch.randn(12, 1, dtype=torch.float64)
model = nn.Linear(4, 1).double()
loss_fn = nn.MSELoss()

model.zero_grad()
loss_fn(model(x), y).backward()
full = [p.grad.clone() for p in model.parameters()]

model.zero_grad()
accum_steps = 3
for xb, yb in zip(x.chunk(accum_steps), y.chunk(accum_steps)):
    loss = loss_fn(model(xb), yb) / accum_steps
    loss.backward()
acc = [p.grad.clone() for p in model.parameters()]
for f, a in zip(full, acc):
    print(f)
    print(torch.allclose(f, a), (f - a).abs().max().item() < 1e-12)

model.zero_grad(set_to_none=False)
print(model.weight.grad)
model.zero_grad()
print(model.weight.grad)

opt = torch.optim.SGD(model.parameters(), lr=0.1)
for step, (xb, yb) in enumerate(zip(x.split(4), y.split(4)), 1):
    (loss_fn(model(xb), yb) / 3).backward()
    if step % 3 == 0:
        opt.step()
        opt.zero_grad()
print(model.weight.data, model.bias.data)
