# Course notebook: gradient descent on f(x) = x^2 with different learning rates, printing the trajectories.
import torch

def f(x):
    return x ** 2

for lr in [0.1, 0.5, 0.9, 1.0, 1.1]:
    x = torch.tensor(10.0, requires_grad=True)
    traj = []
    for _ in range(6):
        y = f(x)
        y.backward()
        with torch.no_grad():
            x -= lr * x.grad
        x.grad.zero_()
        traj.append(round(x.item(), 4))
    print(f"lr={lr}: {traj}")
x = torch.tensor([3.0, -2.0], requires_grad=True)
opt = torch.optim.SGD([x], lr=0.1, momentum=0.9)
for step in range(5):
    opt.zero_grad()
    loss = (x ** 2).sum()
    loss.backward()
    opt.step()
    print(step, x.detach(), opt.state[x]["momentum_buffer"])
x = torch.tensor(2.0, requires_grad=True)
for _ in range(3):
    (g,) = torch.autograd.grad(torch.sin(x) * x, x)
    print(f"{g.item():.6f}")
    x = (x - 0.5 * g).detach().requires_grad_()
print(x)
