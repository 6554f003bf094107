# forward-mode sensitivity of an Euler trajectory to its initial condition (dual tensors)
import torch
import torch.autograd.forward_ad as fwAD
def simulate(y0, steps=10, dt=0.1):
    y = y0
    for _ in range(steps):
        y = y + dt * (y - y ** 3)
    return y
y0 = torch.tensor([0.1, 0.5, 2.0])
with fwAD.dual_level():
    dual = fwAD.make_dual(y0, torch.ones(3))
    yT = simulate(dual)
    value, sens = fwAD.unpack_dual(yT)
print(value)
print(sens)
print(fwAD.unpack_dual(yT).tangent is None)
