# Fitting an ODE rate by backprop through an unrolled midpoint integrator.
import torch

rate = torch.tensor(0.2, dtype=torch.float64, requires_grad=True)
target = torch.tensor(0.5, dtype=torch.float64)
opt = torch.optim.SGD([rate], lr=0.5)
for it in range(40):
    state = torch.tensor(1.0, dtype=torch.float64)
    for _ in range(20):
        half = state - 0.025 * rate * state
        state = state - 0.05 * rate * half
    miss = (state - target) ** 2
    opt.zero_grad()
    miss.backward()
    opt.step()
print(round(rate.item(), 5), f"{miss.item():.1e}")
print(state.grad_fn.name())
