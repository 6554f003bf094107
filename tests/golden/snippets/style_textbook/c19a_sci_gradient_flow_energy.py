# gradient flow of a double-well energy, checking monotone decrease
import torch
x = torch.tensor([0.2, -1.5, 0.9], requires_grad=True)
energies = []
for _ in range(25):
    E = ((x ** 2 - 1) ** 2).sum()
    energies.append(E.item())
    g, = torch.autograd.grad(E, x)
    x = (x - 0.05 * g).detach().requires_grad_()
print(all(a >= b for a, b in zip(energies, energies[1:])))
print(energies[0], energies[-1])
print(x)
