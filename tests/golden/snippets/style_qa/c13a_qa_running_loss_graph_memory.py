# Q: my memory keeps growing: I sum the loss tensors (running_loss += loss) and keep the whole graph alive.
import torch
import torch.nn as nn

torch.manual_seed(49)
model = nn.Linear(3, 1)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
running_bad = 0
running_good = 0.0
for step in range(4):
    x, y = torch.randn(5, 3), torch.randn(5, 1)
    opt.zero_grad()
    loss = nn.functional.mse_loss(model(x), y)
    loss.backward()
    opt.step()
    running_bad += loss
    running_good += loss.item()
print(type(running_bad).__name__, running_bad.requires_grad, running_bad.grad_fn.name())
print(type(running_good).__name__, abs(running_bad.item() - running_good) < 1e-5)
print(f"{running_good / 4:.6f}")
fn, depth = running_bad.grad_fn, 0
while fn is not None and fn.next_functions:
    fn = fn.next_functions[0][0]
    depth += 1
print("graph depth", depth)
print(loss.detach().requires_grad, float(loss) == loss.item())
