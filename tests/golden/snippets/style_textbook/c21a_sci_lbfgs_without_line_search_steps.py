# L-BFGS with a fixed step (no line search) on a small quadratic; the loss per outer step.
import torch

Q = torch.tensor([[3.0, 0.5], [0.5, 1.0]])
rhs = torch.tensor([1.0, -2.0])
z = torch.zeros(2, requires_grad=True)
solver = torch.optim.LBFGS([z], lr=0.5, max_iter=5, history_size=3)

def objective():
    solver.zero_grad()
    energy = 0.5 * z @ Q @ z - rhs @ z
    energy.backward()
    return energy

for outer in range(4):
    val = solver.step(objective)
    print(outer, round(val.item(), 5), [round(v, 4) for v in z.tolist()])
print(torch.linalg.solve(Q, rhs))
