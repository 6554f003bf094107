# Gradient of the solution x(t) = expm(tA) x0 with respect to the damping entry of A.
import torch

damping = torch.tensor(0.3, dtype=torch.float64, requires_grad=True)
stiff = torch.tensor(2.0, dtype=torch.float64)
row0 = torch.stack([torch.zeros((), dtype=torch.float64), torch.ones((), dtype=torch.float64)])
row1 = torch.stack([-stiff, -damping])
A = torch.stack([row0, row1])
x0 = torch.tensor([1.0, 0.0], dtype=torch.float64)
trajectory = torch.stack([torch.linalg.matrix_exp(t * A) @ x0 for t in (0.5, 1.0, 1.5)])
print(trajectory)
trajectory[-1, 0].backward()
print(f"d x(1.5) / d damping = {damping.grad.item():.8f}")
