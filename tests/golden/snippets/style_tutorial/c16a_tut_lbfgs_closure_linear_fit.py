# LBFGS needs a closure that re-evaluates the loss; fitting a line in a few outer steps
import torch

torch.manual_seed(1682)
x = torch.linspace(0, 1, 10)
y = 2.5 * x - 0.7 + 0.01 * torch.randn(10)
params = torch.zeros(2, requires_grad=True)
opt = torch.optim.LBFGS([params], lr=1, max_iter=5, history_size=5)
evaluations = []
def closure():
    opt.zero_grad()
    loss = ((params[0] * x + params[1] - y) ** 2).mean()
    loss.backward()
    evaluations.append(loss.item())
    return loss
for step in range(3):
    first = opt.step(closure)
    print(step, first.item(), params.data, len(evaluations))
print(evaluations[-1])
