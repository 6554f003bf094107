# Forces are minus the gradient of the potential: Lennard-Jones for three atoms.
import torch

pos = torch.tensor([[0.0, 0.0], [1.1, 0.0], [0.5, 1.0]], dtype=torch.float64, requires_grad=True)

def lj_energy(r):
    diff = r[:, None, :] - r[None, :, :]
    i, j = torch.triu_indices(3, 3, offset=1)
    d = diff[i, j].norm(dim=-1)
    return (4 * (d ** -12 - d ** -6)).sum()

E = lj_energy(pos)
(grad,) = torch.autograd.grad(E, pos)
forces = -grad
print(f"E = {E.item():.6f}")
print(forces)
print("net force", forces.sum(dim=0))
