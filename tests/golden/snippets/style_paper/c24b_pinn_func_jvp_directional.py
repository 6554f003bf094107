# directional derivatives of a strain field: forward-mode jvp vs reverse-mode vjp
import torch
import torch.func as tf

def strain(disp):
    return torch.stack([disp[0] * disp[1], disp[1] ** 3, disp[0] - disp[1]])

d0 = torch.tensor([2.0, 3.0], dtype=torch.float64)
direction = torch.tensor([1.0, 0.0], dtype=torch.float64)
primal, tangent = tf.jvp(strain, (d0,), (direction,))
print(primal, tangent)
primal_r, pullback = tf.vjp(strain, d0)
cot = torch.tensor([1.0, 1.0, -1.0], dtype=torch.float64)
print(pullback(cot))
print(torch.equal(primal, primal_r), type(pullback(cot)).__name__)
