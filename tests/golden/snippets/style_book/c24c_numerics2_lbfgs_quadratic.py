# Section 4.8: L-BFGS with a closure
import torch

x = torch.tensor([3.0, -2.0], dtype=torch.float64, requires_grad=True)
opt = torch.optim.LBFGS([x], lr=1.0, max_iter=20)
calls = []


def closure():
    opt.zero_grad()
    loss = (x[0] - 1) ** 2 + 4 * (x[1] + 0.5) ** 2
    loss.backward()
    calls.append(loss.item())
    return loss


opt.step(closure)
print(len(calls) > 1, [round(v, 6) for v in x.tolist()], round(calls[-1], 10))
