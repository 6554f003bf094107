# gradient descent on an ill-conditioned quadratic: too-large step diverges, optimal step contracts
import torch

Q = torch.tensor([[3.0, 0.0], [0.0, 0.5]])
def run(step, iters=5):
    z = torch.tensor([1.0, 1.0], requires_grad=True)
    vals = []
    for _ in range(iters):
        obj = 0.5 * z @ Q @ z
        (g,) = torch.autograd.grad(obj, z)
        z = (z - step * g).detach().requires_grad_()
        vals.append(round(obj.item(), 5))
    return vals, z.detach()
for step in (0.1, 2 / 3.5, 0.7):
    print(step, *run(step))
print("rate bound", (3.0 - 0.5) / (3.0 + 0.5))
