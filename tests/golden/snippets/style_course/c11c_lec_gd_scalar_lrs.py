# Lecture: gradient descent on f(x) = (x - 3)^2 + sin(3x) with different learning rates.
import torch

def f(x):
    return (x - 3) ** 2 + torch.sin(3 * x)

for lr in [0.01, 0.1, 0.3, 0.6]:
    x = torch.tensor(0.0, requires_grad=True)
    trace = []
    for step in range(8):
        loss = f(x)
        loss.backward()
        with torch.no_grad():
            x -= lr * x.grad
        x.grad.zero_()
        trace.append(x.item())
    print(f"lr={lr}:", " ".join(f"{v:.5f}" for v in trace))
    print("   final f =", f(x).item())

x = torch.tensor(0.0, requires_grad=True)
opt = torch.optim.SGD([x], lr=0.1)
for step in range(8):
    opt.zero_grad()
    f(x).backward()
    opt.step()
print("optim.SGD:", x.item(), x)
