# optim.LBFGS with a closure, and optimizer.step(closure) for SGD
import torch

torch.manual_seed(0)
x = torch.tensor([1.5, -0.5], requires_grad=True)
opt = torch.optim.LBFGS([x], lr=1, max_iter=20)

def closure():
    opt.zero_grad()
    loss = (1 - x[0]) ** 2 + 100 * (x[1] - x[0] ** 2) ** 2
    loss.backward()
    return loss

for _ in range(3):
    loss = opt.step(closure)
    print(loss)
print(x)
print(opt)
