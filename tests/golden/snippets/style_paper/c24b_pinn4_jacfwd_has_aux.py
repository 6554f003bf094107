# forward-mode Jacobian of a strain map that also returns its energy (has_aux)
import torch
import torch.func as tf

def strain_and_energy(d):
    eps = torch.stack([d[0] ** 2, d[0] * d[1], torch.sin(d[1])])
    return eps, 0.5 * eps.pow(2).sum()

d0 = torch.tensor([3.0, -1.0], dtype=torch.float64)
jac, energy = tf.jacfwd(strain_and_energy, has_aux=True)(d0)
print(jac.round(decimals=6))
print(round(energy.item(), 6))
