# Lecture: SGD with momentum on a scalar quadratic, by hand vs torch.optim.SGD, every iterate.
import torch

def f(x):
    return 3 * (x - 1.5) ** 2 + 0.5 * x

x_hand = torch.tensor(-2.0, requires_grad=True)
v = torch.tensor(0.0)
x_opt = torch.tensor(-2.0, requires_grad=True)
opt = torch.optim.SGD([x_opt], lr=0.05, momentum=0.9)
for step in range(10):
    f(x_hand).backward()
    with torch.no_grad():
        v = 0.9 * v + x_hand.grad if step > 0 else x_hand.grad.clone()
        x_hand -= 0.05 * v
    x_hand.grad = None
    opt.zero_grad()
    f(x_opt).backward()
    opt.step()
    print(step, x_hand.item(), x_opt.item(), x_hand.item() == x_opt.item())
print("minimum at", 1.5 - 0.5 / 6)
