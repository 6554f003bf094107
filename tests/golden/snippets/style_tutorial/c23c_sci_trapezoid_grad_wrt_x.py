# Work done along a non-uniform path: trapezoid of force over position, differentiated w.r.t. both.
import torch

pos = torch.tensor([0.0, 0.5, 1.5, 2.0], dtype=torch.float64, requires_grad=True)
force = torch.tensor([1.0, 2.0, 0.0, 3.0], dtype=torch.float64, requires_grad=True)
work = torch.trapezoid(force, pos)
work.backward()
print(work, work.grad_fn.name())
print(force.grad, pos.grad)
running = torch.cumulative_trapezoid(force, pos)
print(running, running.grad_fn.name())
