# Optimizers that need a closure: LBFGS re-evaluates the loss; step(closure) returns the first loss.
import torch

torch.manual_seed(0)
x = torch.tensor([1.5, -0.5], requires_grad=True)
opt = torch.optim.LBFGS([x], lr=1, max_iter=20)

def closure():
    opt.zero_grad()
    loss = (1 - x[0]) ** 2 + 100 * (x[1] - x[0] ** 2) ** 2
    loss.backward()
    return loss

for i in range(3):
    loss = opt.step(closure)
    print(i, round(loss.item(), 6), [round(v, 4) for v in x.tolist()])
sgd = torch.optim.SGD([x], lr=0.001)
print(round(sgd.step(closure).item(), 6))
