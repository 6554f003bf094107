# Section 4.8: L-BFGS with a closure
import torch

x = torch.tensor([3.0, -2.0], dtype=torch.float64, requires_grad=True)
solver = torch.optim.LBFGS([x], lr=1.0, max_iter=20)
evals = []


def reevaluate():
    solver.zero_grad()
    obj = (x[0] - 1) ** 2 + 4 * (x[1] + 0.5) ** 2
    obj.backward()
    evals.append(obj.item())
    return obj


solver.step(reevaluate)
print(len(evals) > 1, [round(v, 6) for v in x.tolist()], round(evals[-1], 10))
